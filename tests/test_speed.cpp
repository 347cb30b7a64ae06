#define BOOST_TEST_MODULE speed
#include <course/course.hpp>

#include <boost/test/unit_test.hpp>

#include <chrono>

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
              std::chrono::milliseconds(100)));
  BOOST_TEST((clock_traits::to_wait_duration(course::clock::time_point::max()) > 
              std::chrono::hours(24 * 365)));
}
