// as_completed(timeout=...): after the timeout every remaining await raises TimeoutError; a failed
// task raises its error.
#include "../diff_case.hpp"

#include <course/as_completed.hpp>
namespace as_completed_timeout {

awaitable<std::string> job(std::string name, double delay, bool fail) {
  co_await course::sleep(delay);
  if (fail) throw std::invalid_argument(name);
  co_return name;
}

DIFF_CASE(as_completed_timeout) {
  auto ex = co_await asio::this_coro::executor;
  std::vector<course::task<std::string>> tasks{co_spawn(ex, job("a", 1, false), use_task),
                                               co_spawn(ex, job("b", 1.5, true), use_task),
                                               co_spawn(ex, job("c", 5, false), use_task)};
  auto each = course::as_completed(tasks, 2);
  for (std::size_t i = 0; i < each.size(); ++i) {
    try {
      std::string result = co_await each.next();
      print("got", result);
    } catch (const std::invalid_argument& e) {
      print("ValueError", e.what());
    } catch (const course::timeout_error&) {
      print("TimeoutError");
    }
  }
  print("c still running:", !tasks[2].done());
  tasks[2].cancel();
}
}  // namespace as_completed_timeout
