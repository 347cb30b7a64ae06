#include "co_test.hpp"

#include <course/queue.hpp>

#include <memory>
#include <string>
#include <vector>

BOOST_AUTO_TEST_SUITE(queue)

using int_queue = course::queue<int>;

awaitable<void> get_into(int_queue* q, std::vector<int>* got) {
  got->push_back(co_await q->async_get(use_awaitable));
}

awaitable<void> put_then_log(int_queue* q, int item, std::vector<int>* done) {
  co_await q->async_put(item, use_awaitable);
  done->push_back(item);
}

CO_TEST_CASE(get_waits_while_empty_and_getters_are_served_in_the_order_they_came) {
  auto ex = co_await asio::this_coro::executor;
  int_queue q(ex);
  std::vector<int> got;
  auto first = co_spawn(ex, get_into(&q, &got), use_task);
  auto second = co_spawn(ex, get_into(&q, &got), use_task);
  co_await sleep(1.0);
  BOOST_TEST(got.empty());
  q.put_nowait(10);
  q.put_nowait(20);
  co_await first.async_wait(use_awaitable);
  co_await second.async_wait(use_awaitable);
  BOOST_TEST(got == (std::vector<int>{10, 20}), boost::test_tools::per_element());
  BOOST_TEST(q.empty());
}

CO_TEST_CASE(put_waits_while_full_and_the_items_keep_their_order) {
  auto ex = co_await asio::this_coro::executor;
  int_queue q(ex, 1);
  std::vector<int> put;
  co_await q.async_put(1, use_awaitable);  // room: no wait
  BOOST_TEST(q.full());
  auto p2 = co_spawn(ex, put_then_log(&q, 2, &put), use_task);
  auto p3 = co_spawn(ex, put_then_log(&q, 3, &put), use_task);
  co_await sleep(1.0);
  BOOST_TEST(put.empty());
  BOOST_TEST(q.qsize() == 1u);
  BOOST_TEST(co_await q.async_get(use_awaitable) == 1);
  BOOST_TEST(co_await q.async_get(use_awaitable) == 2);
  BOOST_TEST(co_await q.async_get(use_awaitable) == 3);
  co_await p2.async_wait(use_awaitable);
  co_await p3.async_wait(use_awaitable);
  BOOST_TEST(put == (std::vector<int>{2, 3}), boost::test_tools::per_element());
  BOOST_TEST(program_seconds() == 1.0);
}

CO_TEST_CASE(nowait_operations_throw_instead_of_waiting) {
  auto ex = co_await asio::this_coro::executor;
  int_queue q(ex, 1);
  BOOST_CHECK_THROW(q.get_nowait(), course::queue_empty);
  q.put_nowait(1);
  BOOST_CHECK_THROW(q.put_nowait(2), course::queue_full);
  BOOST_TEST(q.get_nowait() == 1);
}

awaitable<void> join_then_log(int_queue* q, double* joined_at) {
  co_await q->async_join(use_awaitable);
  *joined_at = program_seconds();
}

CO_TEST_CASE(join_waits_until_every_item_put_is_declared_done) {
  auto ex = co_await asio::this_coro::executor;
  int_queue q(ex);
  co_await q.async_join(use_awaitable);  // nothing unfinished: returns at once
  q.put_nowait(1);
  q.put_nowait(2);
  double joined_at = -1;
  auto joiner = co_spawn(ex, join_then_log(&q, &joined_at), use_task);
  (void)q.get_nowait();
  (void)q.get_nowait();
  co_await sleep(1.0);
  q.task_done();
  co_await sleep(1.0);
  BOOST_TEST(joined_at == -1.0);
  q.task_done();
  co_await joiner.async_wait(use_awaitable);
  BOOST_TEST(joined_at == 2.0);
  BOOST_CHECK_THROW(q.task_done(), std::logic_error);
}

CO_TEST_CASE(a_getter_cancelled_while_waiting_takes_nothing_and_the_next_getter_gets_the_item) {
  auto ex = co_await asio::this_coro::executor;
  int_queue q(ex);
  std::vector<int> got;
  auto cancelled = co_spawn(ex, get_into(&q, &got), use_task);
  auto patient = co_spawn(ex, get_into(&q, &got), use_task);
  co_await sleep(1.0);
  cancelled.cancel();
  co_await cancelled.async_wait(asio::as_tuple(use_awaitable));
  BOOST_TEST(cancelled.cancelled());
  BOOST_TEST(program_seconds() == 1.0);
  q.put_nowait(7);
  co_await patient.async_wait(use_awaitable);
  BOOST_TEST(got == (std::vector<int>{7}), boost::test_tools::per_element());
}

CO_TEST_CASE(a_putter_cancelled_while_waiting_puts_nothing) {
  auto ex = co_await asio::this_coro::executor;
  int_queue q(ex, 1);
  q.put_nowait(1);
  std::vector<int> put;
  auto cancelled = co_spawn(ex, put_then_log(&q, 2, &put), use_task);
  co_await sleep(1.0);
  cancelled.cancel();
  co_await cancelled.async_wait(asio::as_tuple(use_awaitable));
  BOOST_TEST(q.qsize() == 1u);
  BOOST_TEST(q.get_nowait() == 1);
  BOOST_TEST(q.empty());
  BOOST_TEST(put.empty());
}

CO_TEST_CASE(a_getter_cancelled_after_it_was_woken_leaves_the_item_in_the_queue) {
  auto ex = co_await asio::this_coro::executor;
  int_queue q(ex);
  std::vector<int> got;
  auto getter = co_spawn(ex, get_into(&q, &got), use_task);
  co_await sleep(1.0);
  q.put_nowait(5);  // wakes the getter, which would take the item when it runs
  BOOST_TEST(q.qsize() == 1u);
  getter.cancel();  // it raises CancelledError there instead
  co_await getter.async_wait(asio::as_tuple(use_awaitable));
  BOOST_TEST(getter.cancelled());
  BOOST_TEST(got.empty());
  BOOST_TEST(q.get_nowait() == 5);
}

CO_TEST_CASE(a_race_of_get_against_a_timer_leaves_the_queue_usable) {
  auto ex = co_await asio::this_coro::executor;
  int_queue q(ex);
  auto race = q.async_get(use_awaitable) || sleep(1.0);
  auto winner = co_await std::move(race);
  BOOST_TEST(winner.index() == 1u);
  q.put_nowait(3);
  BOOST_TEST(co_await q.async_get(use_awaitable) == 3);
}

BOOST_AUTO_TEST_SUITE_END()  // queue
