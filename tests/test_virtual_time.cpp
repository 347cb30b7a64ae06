#include "co_test.hpp"

#include <boost/asio/experimental/channel.hpp>

#include <chrono>

BOOST_AUTO_TEST_SUITE(virtual_time)

CO_TEST_CASE(sleeps_of_1_and_2_seconds_run_concurrently_and_end_at_2) {
  auto ex = co_await asio::this_coro::executor;
  auto one = co_spawn(ex, sleep(1.0), use_task);
  auto two = co_spawn(ex, sleep(2.0), use_task);
  co_await one.async_wait(use_awaitable);
  BOOST_TEST(program_seconds() == 1.0);
  co_await two.async_wait(use_awaitable);
  BOOST_TEST(program_seconds() == 2.0);
}

CO_TEST_CASE(sleeps_in_sequence_add_up_to_3) {
  co_await sleep(1.0);
  co_await sleep(2.0);
  BOOST_TEST(program_seconds() == 3.0);
}

awaitable<void> sleep_and_note_cancellation(double seconds, bool* cancelled) {
  try {
    co_await sleep(seconds);
  } catch (const boost::system::system_error& e) {
    *cancelled = e.code() == asio::error::operation_aborted;
    throw;
  }
}

CO_TEST_CASE(a_4_second_timeout_around_a_10_second_sleep_fires_at_4_and_cancels_it) {
  bool cancelled = false;
  auto race = sleep_and_note_cancellation(10, &cancelled) || sleep(4.0);
  auto winner = co_await std::move(race);
  BOOST_TEST(winner.index() == 1u);
  BOOST_TEST(cancelled);
  BOOST_TEST(program_seconds() == 4.0);
}

awaitable<void> append_after(double seconds, int id, std::vector<int>* order) {
  co_await sleep(seconds);
  order->push_back(id);
}

CO_TEST_CASE(timers_due_at_the_same_moment_fire_in_the_order_they_were_set) {
  auto ex = co_await asio::this_coro::executor;
  std::vector<int> order;
  std::vector<course::task<void>> tasks;
  for (int i = 0; i < 10; ++i) tasks.push_back(co_spawn(ex, append_after(1, i, &order), use_task));
  for (auto& t : tasks) co_await t.async_wait(use_awaitable);
  BOOST_TEST(order == (std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}),
             boost::test_tools::per_element());
  BOOST_TEST(program_seconds() == 1.0);
}

CO_TEST_CASE(sleep_0_yields_to_ready_work_without_moving_the_clock) {
  auto ex = co_await asio::this_coro::executor;
  bool ran = false;
  asio::post(ex, [&ran] { ran = true; });
  co_await sleep(0.0);
  BOOST_TEST(ran);
  BOOST_TEST(program_seconds() == 0.0);
}

BOOST_AUTO_TEST_CASE(an_hour_of_virtual_time_takes_no_real_time) {
  course::use_virtual_time();
  course::start_program();
  const auto start = std::chrono::steady_clock::now();
  course::run(sleep(3600.0));
  BOOST_TEST(program_seconds() == 3600.0);
  BOOST_TEST((std::chrono::steady_clock::now() - start < std::chrono::seconds(1)));
}

awaitable<void> wait_on_a_channel_nobody_writes() {
  asio::experimental::channel<void(boost::system::error_code)> channel(
      co_await asio::this_coro::executor);
  co_await channel.async_receive(use_awaitable);
}

BOOST_AUTO_TEST_CASE(a_task_blocked_forever_with_no_timer_pending_is_reported_not_a_hang) {
  course::use_virtual_time();
  course::start_program();
  BOOST_CHECK_EXCEPTION(course::run(wait_on_a_channel_nobody_writes()), course::stalled_error,
                        [](const course::stalled_error& e) {
                          return std::string(e.what()).find("Task-1") != std::string::npos;
                        });
}

CO_TEST_CASE(a_timer_cancelled_before_its_deadline_does_not_move_the_clock_there) {
  auto ex = co_await asio::this_coro::executor;
  course::timer far(ex, std::chrono::seconds(100));
  auto waiting = co_spawn(ex, far.async_wait(use_awaitable), use_task);
  co_await sleep(1.0);
  BOOST_TEST(far.cancel() == 1u);
  co_await sleep(1.0);
  BOOST_TEST(program_seconds() == 2.0);
  BOOST_CHECK_THROW(waiting.result(), boost::system::system_error);
}

BOOST_AUTO_TEST_SUITE_END()  // virtual_time
