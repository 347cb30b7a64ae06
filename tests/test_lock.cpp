#include "co_test.hpp"

#include <course/lock.hpp>

#include <memory>
#include <vector>

BOOST_AUTO_TEST_SUITE(lock)

// Holds a permit for `seconds`, logging its id when it gets in.
template <typename Lock>
awaitable<void> hold(Lock* s, int id, double seconds, std::vector<int>* order) {
  co_await s->async_acquire(use_awaitable);
  course::releaser release(*s);
  order->push_back(id);
  co_await sleep(seconds);
}

CO_TEST_CASE(a_semaphore_of_two_lets_five_one_second_jobs_through_in_three_seconds) {
  auto ex = co_await asio::this_coro::executor;
  course::semaphore s(ex, 2);
  std::vector<int> order;
  std::vector<course::task<void>> jobs;
  for (int id = 1; id <= 5; ++id) jobs.push_back(co_spawn(ex, hold(&s, id, 1.0, &order), use_task));
  for (auto& j : jobs) co_await j.async_wait(use_awaitable);
  BOOST_TEST(program_seconds() == 3.0);
  BOOST_TEST(order == (std::vector<int>{1, 2, 3, 4, 5}), boost::test_tools::per_element());
  BOOST_TEST(s.value() == 2u);
}

CO_TEST_CASE(acquire_does_not_yield_when_a_permit_is_free) {
  auto ex = co_await asio::this_coro::executor;
  course::semaphore s(ex, 1);
  auto other_ran = std::make_shared<bool>(false);
  asio::post(ex, [other_ran] { *other_ran = true; });
  co_await s.async_acquire(use_awaitable);
  BOOST_TEST(!*other_ran);
  BOOST_TEST(s.locked());
  s.release();
  BOOST_TEST(!s.locked());
}

CO_TEST_CASE(a_released_permit_goes_to_the_longest_waiter_not_to_a_newcomer) {
  auto ex = co_await asio::this_coro::executor;
  course::lock l(ex);
  co_await l.async_acquire(use_awaitable);
  std::vector<int> order;
  auto waiter = co_spawn(ex, hold(&l, 1, 0.0, &order), use_task);
  co_await sleep(1.0);  // the waiter is waiting now
  l.release();          // woken, it takes the lock when it runs: unlocked until then (3.11)
  BOOST_TEST(!l.locked());
  auto newcomer = co_spawn(ex, hold(&l, 2, 0.0, &order), use_task);
  co_await waiter.async_wait(use_awaitable);
  co_await newcomer.async_wait(use_awaitable);
  BOOST_TEST(order == (std::vector<int>{1, 2}), boost::test_tools::per_element());
  BOOST_TEST(!l.locked());
}

CO_TEST_CASE(a_waiter_cancelled_while_waiting_takes_no_permit) {
  auto ex = co_await asio::this_coro::executor;
  course::semaphore s(ex, 1);
  co_await s.async_acquire(use_awaitable);
  std::vector<int> order;
  auto cancelled = co_spawn(ex, hold(&s, 1, 0.0, &order), use_task);
  auto patient = co_spawn(ex, hold(&s, 2, 0.0, &order), use_task);
  co_await sleep(1.0);
  cancelled.cancel();
  co_await cancelled.async_wait(asio::as_tuple(use_awaitable));
  BOOST_TEST(cancelled.cancelled());
  BOOST_TEST(s.waiting() == 1u);
  s.release();
  co_await patient.async_wait(use_awaitable);
  BOOST_TEST(order == (std::vector<int>{2}), boost::test_tools::per_element());
  BOOST_TEST(s.value() == 1u);  // every permit back
}

CO_TEST_CASE(a_waiter_cancelled_after_it_was_woken_passes_the_permit_on) {
  auto ex = co_await asio::this_coro::executor;
  course::semaphore s(ex, 1);
  co_await s.async_acquire(use_awaitable);
  std::vector<int> order;
  auto waiter = co_spawn(ex, hold(&s, 1, 5.0, &order), use_task);
  co_await sleep(1.0);
  s.release();      // woken: it would take the permit when it runs
  waiter.cancel();  // it raises CancelledError there instead, and the permit goes back
  co_await waiter.async_wait(asio::as_tuple(use_awaitable));
  BOOST_TEST(waiter.cancelled());
  BOOST_TEST(order.empty());
  BOOST_TEST(s.value() == 1u);
  BOOST_TEST(program_seconds() == 1.0);
}

CO_TEST_CASE(releasing_a_lock_that_is_not_held_throws) {
  auto ex = co_await asio::this_coro::executor;
  course::lock l(ex);
  BOOST_CHECK_THROW(l.release(), std::logic_error);
  co_await l.async_acquire(use_awaitable);
  l.release();
  BOOST_CHECK_THROW(l.release(), std::logic_error);
}

CO_TEST_CASE(an_acquire_raced_against_a_timer_leaves_the_lock_usable) {
  auto ex = co_await asio::this_coro::executor;
  course::lock l(ex);
  co_await l.async_acquire(use_awaitable);
  auto race = l.async_acquire(use_awaitable) || sleep(1.0);
  auto winner = co_await std::move(race);
  BOOST_TEST(winner.index() == 1u);
  BOOST_TEST(l.waiting() == 0u);
  l.release();
  BOOST_TEST(!l.locked());
}

BOOST_AUTO_TEST_SUITE_END()  // lock
