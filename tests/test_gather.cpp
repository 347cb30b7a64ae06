#include "co_test.hpp"

#include <boost/asio/multiple_exceptions.hpp>

BOOST_AUTO_TEST_SUITE(gather)

using course::gather;

awaitable<std::string> say_after(int delay, std::string what) {
  co_await sleep(static_cast<double>(delay));
  co_return what + " - " + course::py::str(delay);
}

CO_TEST_CASE(gather_runs_coroutines_concurrently_and_gives_results_in_argument_order) {
  auto results = co_await gather(say_after(2, "world"), say_after(1, "hello"));
  BOOST_TEST(results == (std::vector<std::string>{"world - 2", "hello - 1"}),
             boost::test_tools::per_element());
  BOOST_TEST(program_seconds() == 2.0);
}

CO_TEST_CASE(gather_takes_tasks_already_started) {
  auto ex = co_await asio::this_coro::executor;
  auto task1 = co_spawn(ex, say_after(1, "hello"), use_task);
  auto task2 = co_spawn(ex, say_after(2, "world"), use_task);
  co_await sleep(1.5);
  BOOST_TEST(task1.done());
  auto results = co_await gather(task1, task2);
  BOOST_TEST(course::py::list(results) == "['hello - 1', 'world - 2']");
  BOOST_TEST(program_seconds() == 2.0);
}

awaitable<std::string> fail_after(int delay) {
  co_await sleep(static_cast<double>(delay));
  throw std::runtime_error("failed after " + std::to_string(delay));
}

CO_TEST_CASE(the_first_exception_reaches_the_awaiter_at_once_and_the_others_run_on) {
  auto ex = co_await asio::this_coro::executor;
  auto slow = co_spawn(ex, say_after(3, "slow"), use_task);
  auto failing = co_spawn(ex, fail_after(1), use_task);
  BOOST_CHECK_EXCEPTION(
      co_await gather(slow, failing), std::runtime_error,
      [](const std::runtime_error& e) { return e.what() == std::string("failed after 1"); });
  BOOST_TEST(program_seconds() == 1.0);
  BOOST_TEST(!slow.done());
  std::string late = co_await slow.async_wait(use_awaitable);
  BOOST_TEST(late == "slow - 3");
  BOOST_TEST(program_seconds() == 3.0);
}

awaitable<void> sleep_noting_cancellation(double seconds, int* cancelled) {
  try {
    co_await sleep(seconds);
  } catch (const boost::system::system_error& e) {
    if (e.code() == asio::error::operation_aborted) ++*cancelled;
    throw;
  }
}

CO_TEST_CASE(cancelling_a_gather_cancels_every_task_it_gathers) {
  int cancelled = 0;
  auto gathered =
      gather(sleep_noting_cancellation(10, &cancelled), sleep_noting_cancellation(20, &cancelled));
  auto race = std::move(gathered) || sleep(4.0);
  auto winner = co_await std::move(race);
  BOOST_TEST(winner.index() == 1u);
  BOOST_TEST(cancelled == 2);
  BOOST_TEST(program_seconds() == 4.0);
}

CO_TEST_CASE(gather_of_void_coroutines_waits_for_the_last) {
  co_await gather(sleep(1.0), sleep(3.0), sleep(2.0));
  BOOST_TEST(program_seconds() == 3.0);
}

awaitable<void> fail_void_after(int delay) {
  co_await sleep(static_cast<double>(delay));
  throw std::runtime_error("failed");
}

// What the lesson says of asio's own operator&&: unlike gather, it cancels the sibling, and when
// the sibling then ends with operation_aborted it throws multiple_exceptions.
CO_TEST_CASE(asio_and_operator_cancels_the_sibling_and_throws_multiple_exceptions) {
  int cancelled = 0;
  auto both = sleep_noting_cancellation(10, &cancelled) && fail_void_after(1);
  BOOST_CHECK_THROW(co_await std::move(both), asio::multiple_exceptions);
  BOOST_TEST(cancelled == 1);
  BOOST_TEST(program_seconds() == 1.0);
}

BOOST_AUTO_TEST_SUITE_END()  // gather
