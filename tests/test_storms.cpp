// Cancellation storms: 10 000 tasks cancelled while they wait, on a timer, an Event and a Queue.
// Every task's cleanup must run, every task must end cancelled at the moment of the cancel (in
// virtual time, so "promptly" is exact), and nothing may leak (the asan preset's LeakSanitizer).
#include "co_test.hpp"

#include <course/queue.hpp>

#include <vector>

BOOST_AUTO_TEST_SUITE(storms)

namespace {

constexpr int storm = 10'000;

// Counts itself when the coroutine's frame goes, however it ends.
struct cleanup {
  int* count;
  explicit cleanup(int* n) : count(n) {}
  cleanup(const cleanup&) = delete;
  cleanup& operator=(const cleanup&) = delete;
  ~cleanup() { ++*count; }
};

awaitable<void> sleeps(int* cleaned) {
  const cleanup c{cleaned};
  co_await course::sleep(100.0);
}

awaitable<void> waits_for(course::event* e, int* cleaned) {
  const cleanup c{cleaned};
  co_await e->async_wait(use_awaitable);
}

awaitable<void> gets_from(course::queue<int>* q, int* cleaned) {
  const cleanup c{cleaned};
  (void)co_await q->async_get(use_awaitable);
}

// Cancels every task at 1 s, then waits for each to end; all must end cancelled, at once.
awaitable<void> cancel_all_at_one_second(std::vector<course::task<void>> tasks) {
  co_await course::sleep(1.0);
  for (auto& t : tasks) t.cancel();
  int cancelled = 0;
  for (auto& t : tasks) {
    co_await t.async_wait(asio::as_tuple(use_awaitable));
    cancelled += t.cancelled() ? 1 : 0;
  }
  BOOST_TEST(cancelled == storm);
  BOOST_TEST(program_seconds() == 1.0);
}

}  // namespace

CO_TEST_CASE(ten_thousand_tasks_cancelled_mid_sleep_all_clean_up) {
  auto ex = co_await asio::this_coro::executor;
  int cleaned = 0;
  std::vector<course::task<void>> tasks;
  for (int i = 0; i < storm; ++i) tasks.push_back(co_spawn(ex, sleeps(&cleaned), use_task));
  co_await cancel_all_at_one_second(tasks);
  BOOST_TEST(cleaned == storm);
}

CO_TEST_CASE(ten_thousand_tasks_cancelled_mid_wait_on_an_event_all_clean_up) {
  auto ex = co_await asio::this_coro::executor;
  course::event never_set(ex);
  int cleaned = 0;
  std::vector<course::task<void>> tasks;
  for (int i = 0; i < storm; ++i) {
    tasks.push_back(co_spawn(ex, waits_for(&never_set, &cleaned), use_task));
  }
  co_await cancel_all_at_one_second(tasks);
  BOOST_TEST(cleaned == storm);
}

CO_TEST_CASE(ten_thousand_tasks_cancelled_mid_get_on_a_queue_all_clean_up_and_take_nothing) {
  auto ex = co_await asio::this_coro::executor;
  course::queue<int> q(ex);
  int cleaned = 0;
  std::vector<course::task<void>> tasks;
  for (int i = 0; i < storm; ++i) tasks.push_back(co_spawn(ex, gets_from(&q, &cleaned), use_task));
  co_await cancel_all_at_one_second(tasks);
  BOOST_TEST(cleaned == storm);
  q.put_nowait(1);  // nobody waits any more: the item stays
  BOOST_TEST(q.qsize() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()  // storms
