#include "co_test.hpp"

#include <memory>

BOOST_AUTO_TEST_SUITE(event)

awaitable<void> wait_and_log(course::event* e, int id, std::vector<int>* woken) {
  co_await e->async_wait(use_awaitable);
  woken->push_back(id);
}

CO_TEST_CASE(wait_suspends_until_set_and_set_wakes_every_waiter_in_the_order_they_waited) {
  auto ex = co_await asio::this_coro::executor;
  course::event e(ex);
  std::vector<int> woken;
  std::vector<course::task<void>> waiters;
  for (int id : {3, 1, 2}) waiters.push_back(co_spawn(ex, wait_and_log(&e, id, &woken), use_task));
  co_await sleep(1.0);
  BOOST_TEST(woken.empty());
  BOOST_TEST(!e.is_set());
  e.set();
  BOOST_TEST(e.is_set());
  BOOST_TEST(woken.empty());  // on the loop's next turn, not inside set()
  for (auto& w : waiters) co_await w.async_wait(use_awaitable);
  BOOST_TEST(woken == (std::vector<int>{3, 1, 2}), boost::test_tools::per_element());
  BOOST_TEST(program_seconds() == 1.0);
}

awaitable<void> set_flag_after_wait(course::event* e, bool* done) {
  co_await e->async_wait(use_awaitable);
  *done = true;
}

CO_TEST_CASE(a_wait_on_a_set_event_returns_at_once_without_yielding) {
  auto ex = co_await asio::this_coro::executor;
  course::event e(ex);
  e.set();
  // Shared: the posted handler outlives this frame, since the loop runs it before it stops.
  auto other_ran = std::make_shared<bool>(false);
  asio::post(ex, [other_ran] { *other_ran = true; });
  co_await e.async_wait(use_awaitable);
  BOOST_TEST(!*other_ran);
}

CO_TEST_CASE(clear_resets_the_event_so_waits_suspend_again) {
  auto ex = co_await asio::this_coro::executor;
  course::event e(ex);
  e.set();
  e.clear();
  BOOST_TEST(!e.is_set());
  bool done = false;
  auto waiter = co_spawn(ex, set_flag_after_wait(&e, &done), use_task);
  co_await sleep(5.0);
  BOOST_TEST(!done);
  e.set();
  co_await waiter.async_wait(use_awaitable);
  BOOST_TEST(done);
}

CO_TEST_CASE(a_cancelled_wait_ends_at_once_and_leaves_the_other_waiters_in_place) {
  auto ex = co_await asio::this_coro::executor;
  course::event e(ex);
  bool done = false;
  auto patient = co_spawn(ex, set_flag_after_wait(&e, &done), use_task);
  auto race = e.async_wait(use_awaitable) || sleep(2.0);
  auto winner = co_await std::move(race);
  BOOST_TEST(winner.index() == 1u);
  BOOST_TEST(program_seconds() == 2.0);
  e.set();
  co_await patient.async_wait(use_awaitable);
  BOOST_TEST(done);
}

awaitable<void> set_later(course::event* e, double seconds) {
  co_await sleep(seconds);
  e->set();
}

CO_TEST_CASE(a_timer_callback_set_at_1_second_wakes_the_waiter_at_exactly_1) {
  auto ex = co_await asio::this_coro::executor;
  course::event e(ex);
  course::timer later(ex, course::secs(1));
  later.async_wait([&e](boost::system::error_code ec) {
    if (!ec) e.set();
  });
  co_await e.async_wait(use_awaitable);
  BOOST_TEST(program_seconds() == 1.0);
}

awaitable<void> post_two_then_yield(std::vector<std::string>* log) {
  auto ex = co_await asio::this_coro::executor;
  asio::post(ex, [log] { log->push_back("first"); });
  asio::post(ex, [log] { log->push_back("second"); });
  log->push_back("still in the task");
  co_await sleep(0.0);
  log->push_back("task resumed");
}

BOOST_AUTO_TEST_CASE(call_soon_runs_callbacks_in_fifo_order_after_the_current_task_yields) {
  course::use_virtual_time();
  course::start_program();
  std::vector<std::string> order;
  course::run(post_two_then_yield(&order));
  BOOST_TEST(
      order == (std::vector<std::string>{"still in the task", "first", "second", "task resumed"}),
      boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()  // event
