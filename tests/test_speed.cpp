#include <course/course.hpp>

#include <boost/test/unit_test.hpp>

#include <chrono>

BOOST_AUTO_TEST_SUITE(speed)

// --speed 20: a course second lasts 50 ms of real time, and readings are in course seconds.
BOOST_AUTO_TEST_CASE(at_speed_20_a_course_second_takes_a_twentieth_of_a_real_one) {
  course::use_real_time(20);
  course::start_program();
  const auto start = std::chrono::steady_clock::now();
  course::run(course::sleep(1.0));
  const std::chrono::duration<double> real = std::chrono::steady_clock::now() - start;
  BOOST_TEST(real.count() >= 0.05);  // timers never fire early
  BOOST_TEST(real.count() < 0.5);    // and not at real-time speed
  BOOST_TEST(course::program_seconds() >= 1.0);
  BOOST_TEST(course::program_seconds() < 10.0);
}

BOOST_AUTO_TEST_CASE(the_speed_must_be_positive_and_finite) {
  BOOST_CHECK_THROW(course::use_real_time(0), std::invalid_argument);
  BOOST_CHECK_THROW(course::use_real_time(-1), std::invalid_argument);
  BOOST_CHECK_THROW(course::use_real_time(std::numeric_limits<double>::infinity()),
                    std::invalid_argument);
}

BOOST_AUTO_TEST_CASE(waits_are_scaled_and_saturate_instead_of_overflowing) {
  course::use_real_time(20);
  using course::clock_traits;
  BOOST_TEST((clock_traits::to_wait_duration(std::chrono::seconds(2)) ==
              std::chrono::milliseconds(100) - clock_traits::early_wake));
  BOOST_TEST((clock_traits::to_wait_duration(std::chrono::milliseconds(4)) ==
              std::chrono::microseconds(0)));
  BOOST_TEST((clock_traits::to_wait_duration(course::clock::time_point::max()) >
              std::chrono::hours(24 * 365)));
}

// The reactor wakes early_wake before a deadline and polls the rest of the way: a timer still
// never fires before its deadline.
course::asio::awaitable<int> sleeps_that_end_early(int sleeps) {
  auto ex = co_await course::asio::this_coro::executor;
  int early = 0;
  for (int i = 0; i < sleeps; ++i) {
    course::timer sleep(ex, course::secs(0.002));
    const auto deadline = sleep.expiry();
    co_await sleep.async_wait(course::asio::use_awaitable);
    if (course::clock::now() < deadline) ++early;
  }
  co_return early;
}

BOOST_AUTO_TEST_CASE(a_sleep_never_ends_before_its_deadline) {
  course::use_real_time(1);
  course::start_program();
  BOOST_TEST(course::run(sleeps_that_end_early(50)) == 0);
}

BOOST_AUTO_TEST_SUITE_END()  // speed
