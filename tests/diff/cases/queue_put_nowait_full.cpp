// put_nowait() on a full queue raises QueueFull and leaves the queue as it was.
#include "../diff_case.hpp"
namespace queue_put_nowait_full {

DIFF_CASE(queue_put_nowait_full) {
  auto ex = co_await asio::this_coro::executor;
  course::queue<int> q(ex, 2);
  q.put_nowait(1);
  q.put_nowait(2);
  try {
    q.put_nowait(3);
  } catch (const course::queue_full& e) {
    print("put_nowait(3):", course::py::exception_name(std::current_exception()),
          course::py::repr(std::string(e.what())));
  }
  print("qsize:", q.qsize(), "full:", q.full());
  int first = q.get_nowait();
  int second = q.get_nowait();
  print(first, second);
}
}  // namespace queue_put_nowait_full
