// A future whose exception nobody retrieves is logged when it is garbage collected.
#include "../diff_case.hpp"
namespace future_never_retrieved {

DIFF_CASE(future_never_retrieved) {
  auto ex = co_await asio::this_coro::executor;
  {
    course::future<void> fut(ex);
    fut.set_exception(std::make_exception_ptr(std::runtime_error("nobody looked")));
    print("exception set; dropping the future");
  }  // del fut
  co_await course::sleep(1.0);
  print("main ends");
}
}  // namespace future_never_retrieved
