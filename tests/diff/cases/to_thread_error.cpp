// An exception raised by the function on the thread is raised by the await, in the task.
#include "../diff_case.hpp"

#include <course/threads.hpp>
#include <course/wait.hpp>

#include <stdexcept>
namespace to_thread_error {

void fail(std::string name) { throw std::invalid_argument(name + " is down"); }

DIFF_CASE(to_thread_error) {
  try {
    auto on_thread = course::to_thread(fail, std::string("db"));
    co_await std::move(on_thread);
  } catch (const std::invalid_argument& e) {
    print("caught:", e.what());
  }
  auto fut = course::run_in_executor([] { fail("cache"); });
  co_await fut.async_wait(asio::as_tuple(use_awaitable));  // asyncio.wait([fut]): never raises
  const auto e = fut.exception();
  print("the future holds it:", course::py::exception_name(e) + "(" +
                                    course::py::repr(course::py::exception_message(e)) + ")");
}
}  // namespace to_thread_error
