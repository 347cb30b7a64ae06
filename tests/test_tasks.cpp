#include "co_test.hpp"

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

BOOST_AUTO_TEST_SUITE(tasks)

awaitable<void> set_flag(bool* flag) {
  *flag = true;
  co_return;
}

CO_TEST_CASE(a_new_task_starts_only_when_its_creator_yields) {
  bool started = false;
  auto t = co_spawn(co_await asio::this_coro::executor, set_flag(&started), use_task);
  BOOST_TEST(!started);
  BOOST_TEST(t.get_name() == "Task-2");
  co_await sleep(0.0);
  BOOST_TEST(started);
  co_await t.async_wait(use_awaitable);
  BOOST_TEST(t.done());
  BOOST_TEST(program_seconds() == 0.0);
}

awaitable<int> answer_after(double seconds) {
  co_await sleep(seconds);
  co_return 42;
}

CO_TEST_CASE(awaiting_a_task_gives_its_result_and_a_done_task_gives_it_again) {
  auto t = co_spawn(co_await asio::this_coro::executor, answer_after(1), use_task);
  BOOST_CHECK_THROW(t.result(), std::logic_error);
  int first = co_await t.async_wait(use_awaitable);
  int second = co_await t.async_wait(use_awaitable);
  BOOST_TEST(first == 42);
  BOOST_TEST(second == 42);
  BOOST_TEST(t.result() == 42);
  BOOST_TEST(program_seconds() == 1.0);
}

awaitable<void> sleep_noting_cleanup(double seconds, bool* cleaned_up) {
  try {
    co_await sleep(seconds);
  } catch (...) {
    *cleaned_up = true;
    throw;
  }
}

CO_TEST_CASE(cancel_reaches_the_task_on_its_next_turn_and_its_awaiter_sees_the_cancellation) {
  bool cleaned_up = false;
  auto t =
      co_spawn(co_await asio::this_coro::executor, sleep_noting_cleanup(10, &cleaned_up), use_task);
  co_await sleep(5.0);
  BOOST_TEST(t.cancel());
  BOOST_TEST(!t.done());  // as in asyncio: the task has not run since
  std::exception_ptr error;
  try {
    co_await t.async_wait(use_awaitable);
  } catch (...) {
    error = std::current_exception();
  }
  BOOST_TEST(course::is_cancellation(error));
  BOOST_TEST(cleaned_up);
  BOOST_TEST(t.cancelled());
  BOOST_TEST(!t.cancel());
  BOOST_TEST(program_seconds() == 5.0);
}

CO_TEST_CASE(a_task_cancelled_before_it_starts_never_runs) {
  bool started = false;
  auto t = co_spawn(co_await asio::this_coro::executor, set_flag(&started), use_task);
  t.cancel();
  co_await sleep(1.0);
  BOOST_TEST(!started);
  BOOST_TEST(t.cancelled());
}

CO_TEST_CASE(a_timeout_on_await_task_cancels_the_task_as_wait_for_does) {
  bool cleaned_up = false;
  auto t =
      co_spawn(co_await asio::this_coro::executor, sleep_noting_cleanup(10, &cleaned_up), use_task);
  auto race = t.async_wait(use_awaitable) || sleep(4.0);
  auto winner = co_await std::move(race);
  BOOST_TEST(winner.index() == 1u);
  BOOST_TEST(cleaned_up);
  BOOST_TEST(t.cancelled());
  BOOST_TEST(program_seconds() == 4.0);
}

CO_TEST_CASE(a_timeout_on_a_shielded_wait_leaves_the_task_running) {
  auto t = co_spawn(co_await asio::this_coro::executor, answer_after(10), use_task);
  auto race = t.async_wait_shielded(use_awaitable) || sleep(4.0);
  auto winner = co_await std::move(race);
  BOOST_TEST(winner.index() == 1u);
  BOOST_TEST(program_seconds() == 4.0);
  BOOST_TEST(!t.done());
  int value = co_await t.async_wait(use_awaitable);
  BOOST_TEST(value == 42);
  BOOST_TEST(program_seconds() == 10.0);
}

// A task keeps its waiters where removing one moves none of the others (waiters.hpp says why).
awaitable<void> wait_for_answer(course::task<int> t, int* got) {
  *got = co_await t.async_wait(use_awaitable);
}

CO_TEST_CASE(a_shielded_wait_that_times_out_leaves_the_waiters_behind_it) {
  auto ex = co_await asio::this_coro::executor;
  auto t = co_spawn(ex, answer_after(10), use_task);
  int got = 0;
  bool called_back = false;
  auto race = t.async_wait_shielded(use_awaitable) || sleep(4.0);
  auto other = co_spawn(ex, wait_for_answer(t, &got), use_task);
  t.add_done_callback([&called_back](const course::task<int>&) { called_back = true; });
  auto winner = co_await std::move(race);
  BOOST_TEST(winner.index() == 1u);
  co_await other.async_wait(use_awaitable);
  BOOST_TEST(got == 42);
  BOOST_TEST(program_seconds() == 10.0);
  co_await sleep(0.0);
  BOOST_TEST(called_back);
}

awaitable<int> fail_after(double seconds) {
  co_await sleep(seconds);
  throw std::runtime_error("boom");
}

CO_TEST_CASE(a_task_exception_reaches_its_awaiter) {
  auto t = co_spawn(co_await asio::this_coro::executor, fail_after(1), use_task);
  BOOST_CHECK_EXCEPTION(
      co_await t.async_wait(use_awaitable), std::runtime_error,
      [](const std::runtime_error& e) { return e.what() == std::string("boom"); });
  BOOST_TEST(!t.cancelled());
}

awaitable<void> start_a_failing_task_and_return() {
  auto t = co_spawn(co_await asio::this_coro::executor, fail_after(1), use_task);
  co_await sleep(2.0);
}

BOOST_AUTO_TEST_CASE(an_exception_nobody_retrieved_is_reported_by_run) {
  course::use_virtual_time();
  course::journal::begin_program();
  course::run(start_a_failing_task_and_return());  // logged, as asyncio does, not raised
  std::vector<std::string> reported;
  for (const auto& e : course::journal::entries()) {
    if (e.what == course::journal::kind::reported) reported.emplace_back(e.text);
  }
  BOOST_TEST(reported == (std::vector<std::string>{
                             "Task exception was never retrieved: RuntimeError: boom"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_exception_from_main_comes_out_of_run) {
  course::use_virtual_time();
  course::start_program();
  BOOST_CHECK_THROW(course::run(fail_after(1)), std::runtime_error);
}

awaitable<void> start_a_long_task(bool* cleaned_up) {
  auto t =
      co_spawn(co_await asio::this_coro::executor, sleep_noting_cleanup(10, cleaned_up), use_task);
  co_await sleep(1.0);
}

BOOST_AUTO_TEST_CASE(run_cancels_the_tasks_left_when_main_returns) {
  course::use_virtual_time();
  course::start_program();
  bool cleaned_up = false;
  course::run(start_a_long_task(&cleaned_up));
  BOOST_TEST(cleaned_up);
  BOOST_TEST(program_seconds() == 1.0);
}

CO_TEST_CASE(a_done_callback_runs_after_the_task_is_done_and_reads_its_result) {
  auto t = co_spawn(co_await asio::this_coro::executor, answer_after(3), use_task);
  int seen = 0;
  double at = -1;
  t.add_done_callback([&](const course::task<int>& done) {
    seen = 10 + done.result();
    at = program_seconds();
  });
  co_await sleep(4.0);
  BOOST_TEST(seen == 52);
  BOOST_TEST(at == 3.0);
}

BOOST_AUTO_TEST_CASE(co_spawn_with_use_task_needs_a_running_loop) {
  asio::io_context io;
  BOOST_CHECK_THROW(co_spawn(io, sleep(1.0), use_task), std::runtime_error);
}

// loop.run_until_complete(task) stops the loop from a done callback added last, so the task's own
// done callbacks have all run when it returns (the callbacks lesson relies on it).
BOOST_AUTO_TEST_CASE(run_until_complete_returns_after_the_tasks_done_callbacks) {
  course::use_virtual_time();
  course::start_program();
  course::loop loop;
  auto t = co_spawn(loop.get_executor(), answer_after(3), use_task);
  std::vector<int> seen;
  t.add_done_callback([&seen](const course::task<int>& done) { seen.push_back(done.result()); });
  t.add_done_callback([&seen](const course::task<int>&) { seen.push_back(-1); });
  BOOST_TEST(course::run_until_complete(loop, t) == 42);
  BOOST_TEST(seen == (std::vector<int>{42, -1}), boost::test_tools::per_element());
  BOOST_TEST(program_seconds() == 3.0);
}

// asyncio's debug mode: a handler that holds the loop for 0.1 s or more is reported on stderr,
// timed on the course clock (so time_sleep counts under virtual time too); shorter ones are not.
BOOST_AUTO_TEST_CASE(debug_mode_reports_only_handlers_that_hold_the_loop_for_0_1_s) {
  course::use_virtual_time();
  course::start_program();
  course::loop loop;
  loop.set_debug(true);
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> report(std::tmpfile(), std::fclose);
  BOOST_TEST_REQUIRE(report != nullptr);
  loop.debug_output = report.get();
  bool done = false;
  asio::post(loop.get_executor(), [] { course::time_sleep(0.05); });
  asio::post(loop.get_executor(), [] { course::time_sleep(0.25); });
  asio::post(loop.get_executor(), [&done] { done = true; });
  BOOST_TEST(loop.run_until([&done] { return done; }));
  BOOST_TEST(program_seconds() == 0.3);
  std::rewind(report.get());
  std::string text(256, '\0');
  text.resize(std::fread(text.data(), 1, text.size(), report.get()));
  BOOST_TEST(text == "Executing <handler> took 0.250 seconds\n");
}

awaitable<void> wait_for_event(course::event* e) { co_await e->async_wait(use_awaitable); }

awaitable<void> everyone_waits_forever() {
  auto ex = co_await asio::this_coro::executor;
  course::event never_set(ex);
  auto waiter = co_spawn(ex, wait_for_event(&never_set), use_task);
  co_await waiter.async_wait(use_awaitable);
}

BOOST_AUTO_TEST_CASE(a_program_where_every_task_waits_forever_is_reported_with_what_each_waits_on) {
  course::use_virtual_time();
  course::start_program();
  try {
    course::run(everyone_waits_forever());
    BOOST_FAIL("run returned");
  } catch (const course::stalled_error& e) {
    const std::string what = e.what();
    BOOST_TEST(what.find("Task-1 on Task-2") != std::string::npos, what);
    BOOST_TEST(what.find("Task-2 on an Event") != std::string::npos, what);
  }
}

awaitable<int> fails_after(double seconds) {
  co_await course::sleep(seconds);
  throw std::runtime_error("boom");
}

BOOST_AUTO_TEST_CASE(run_until_complete_raises_the_exception_of_the_task) {
  course::use_virtual_time();
  course::start_program();
  course::loop l;
  BOOST_CHECK_THROW(course::run_until_complete(l, fails_after(1.0)), std::runtime_error);
}

awaitable<void> main_fails_while_another_task_failed_unseen() {
  auto ex = co_await asio::this_coro::executor;
  auto unseen = co_spawn(ex, fails_after(1.0), use_task);
  co_await course::sleep(2.0);
  throw std::logic_error("main's own");
}

BOOST_AUTO_TEST_CASE(when_main_fails_run_raises_mains_exception_and_only_logs_the_unseen_one) {
  course::use_virtual_time();
  course::start_program();
  BOOST_CHECK_THROW(course::run(main_fails_while_another_task_failed_unseen()), std::logic_error);
}

BOOST_AUTO_TEST_SUITE_END()  // tasks
