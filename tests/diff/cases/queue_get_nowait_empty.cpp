// get_nowait() on an empty queue raises QueueEmpty.
#include "../diff_case.hpp"
namespace queue_get_nowait_empty {

DIFF_CASE(queue_get_nowait_empty) {
  auto ex = co_await asio::this_coro::executor;
  course::queue<std::string> q(ex);
  try {
    q.get_nowait();
  } catch (const course::queue_empty& e) {
    print("get_nowait():", course::py::exception_name(std::current_exception()),
          course::py::repr(std::string(e.what())));
  }
  q.put_nowait("only");
  print(q.get_nowait());
  try {
    q.get_nowait();
  } catch (const course::queue_empty&) {
    print("empty again");
  }
}
}  // namespace queue_get_nowait_empty
