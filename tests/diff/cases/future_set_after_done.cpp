// set_result() on a future that is done or cancelled raises InvalidStateError.
#include "../diff_case.hpp"
namespace future_set_after_done {

DIFF_CASE(future_set_after_done) {
  auto ex = co_await asio::this_coro::executor;
  course::future<int> fut(ex);
  fut.set_result(1);
  try {
    fut.set_result(2);
  } catch (const course::invalid_state_error& e) {
    print("second set_result():", course::py::exception_name(std::current_exception()), e.what());
  }
  print("result still", fut.result());
  course::future<void> c(ex);
  bool first = c.cancel();
  bool again = c.cancel();
  print("cancel() ->", first, "again ->", again);
  try {
    c.set_exception(std::make_exception_ptr(std::invalid_argument("late")));
  } catch (const course::invalid_state_error& e) {
    print("set_exception() on cancelled:", course::py::exception_name(std::current_exception()),
          e.what());
  }
}
}  // namespace future_set_after_done
