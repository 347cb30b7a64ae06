// Condition.wait_for(predicate) waits until the predicate holds, checking it each time it is woken.
#include "../diff_case.hpp"

#include <course/condition.hpp>
namespace condition_wait_for {

// lambda: len(items) >= 3 (a named function object: g++ 12 rejects a lambda's type in a
// coroutine frame of a unity build, -Wsubobject-linkage)
struct three_or_more {
  std::vector<int>* items;
  bool operator()() const { return items->size() >= 3; }
};

awaitable<void> consumer(course::condition* cond, std::vector<int>* items) {
  co_await cond->async_acquire(use_awaitable);
  course::releaser held(*cond);
  bool n = co_await cond->wait_for(three_or_more{items});
  print("consumer sees", items->size(), "items; wait_for returned", n);
}

awaitable<void> producer(course::condition* cond, std::vector<int>* items) {
  for (int i = 0; i < 4; ++i) {
    co_await course::sleep(1);
    co_await cond->async_acquire(use_awaitable);
    course::releaser held(*cond);
    items->push_back(i);
    print("put", i);
    cond->notify_all();
  }
}

DIFF_CASE(condition_wait_for) {
  auto ex = co_await asio::this_coro::executor;
  course::condition cond(ex);
  std::vector<int> items;
  co_await course::gather(consumer(&cond, &items), producer(&cond, &items));
}
}  // namespace condition_wait_for
