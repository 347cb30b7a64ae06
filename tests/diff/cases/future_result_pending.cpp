// result() and exception() on a pending future raise InvalidStateError.
#include "../diff_case.hpp"
namespace future_result_pending {

DIFF_CASE(future_result_pending) {
  auto ex = co_await asio::this_coro::executor;
  course::future<void> fut(ex);
  try {
    fut.result();
  } catch (const course::invalid_state_error& e) {
    print("result():", course::py::exception_name(std::current_exception()), e.what());
  }
  try {
    fut.exception();
  } catch (const course::invalid_state_error& e) {
    print("exception():", course::py::exception_name(std::current_exception()), e.what());
  }
  fut.set_result({});
  fut.result();
  auto e = fut.exception();
  print("after set_result: result() =", "None",
        "exception() =", e ? course::py::exception_name(e) : "None");
}
}  // namespace future_result_pending
