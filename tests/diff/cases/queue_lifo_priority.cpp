// LifoQueue hands out the newest item first; PriorityQueue the smallest, ties in heapq's order.
#include "../diff_case.hpp"
namespace queue_lifo_priority {

using item = std::pair<int, std::string>;

std::string shown(const std::vector<item>& items) {
  std::vector<std::string> out;
  for (const auto& [priority, name] : items) out.push_back(course::py::tuple(priority, name));
  std::string line = "[";
  for (std::size_t i = 0; i < out.size(); ++i) line += (i ? ", " : "") + out[i];
  return line + "]";
}

DIFF_CASE(queue_lifo_priority) {
  auto ex = co_await asio::this_coro::executor;
  course::lifo_queue<int> lifo(ex);
  for (int i = 0; i < 4; ++i) lifo.put_nowait(i);
  std::vector<int> out;
  for (int i = 0; i < 4; ++i) out.push_back(lifo.get_nowait());
  print("lifo:", course::py::list(out));
  course::priority_queue<item> pq(ex, 6);
  for (const item& i :
       std::vector<item>{{2, "b"}, {1, "x"}, {3, "c"}, {1, "a"}, {2, "a"}, {0, "z"}}) {
    co_await pq.async_put(i, use_awaitable);
  }
  try {
    pq.put_nowait({9, "full"});
  } catch (const course::queue_full&) {
    print("QueueFull at", pq.qsize());
  }
  std::vector<item> got;
  for (int i = 0; i < 6; ++i) got.push_back(pq.get_nowait());
  print("priority:", shown(got));
  try {
    pq.get_nowait();
  } catch (const course::queue_empty&) {
    print("QueueEmpty");
  }
}
}  // namespace queue_lifo_priority
