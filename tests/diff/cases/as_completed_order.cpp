// as_completed() yields results in the order the tasks end, not the order they were given.
#include "../diff_case.hpp"

#include <course/as_completed.hpp>
namespace as_completed_order {

awaitable<std::string> job(std::string name, double delay) {
  co_await course::sleep(delay);
  co_return name;
}

DIFF_CASE(as_completed_order) {
  auto ex = co_await asio::this_coro::executor;
  std::vector<course::task<std::string>> tasks;
  for (auto [n, d] : {std::pair<const char*, double>{"slow", 3}, {"fast", 1}, {"middle", 2}}) {
    tasks.push_back(co_spawn(ex, job(n, d), use_task));
  }
  auto each = course::as_completed(tasks);
  for (std::size_t i = 0; i < each.size(); ++i) {
    std::string result = co_await each.next();
    print("got", result);
  }
}
}  // namespace as_completed_order
