// Cancelling a task that awaits to_thread ends the wait at once with CancelledError; the thread
// cannot be stopped, so it finishes its work and the result is dropped. course::run waits for the
// thread before it returns, as asyncio.run shuts its default executor down.
#include "../diff_case.hpp"

#include <course/threads.hpp>

#include <future>
#include <memory>
namespace to_thread_cancelled {

std::promise<void> started;  // threading.Event
std::promise<void> gate;
std::shared_future<void> gate_opened = gate.get_future().share();

// The thread's log, read once the run is over: its repr is the case's result.
struct thread_log {
  std::shared_ptr<std::vector<std::string>> lines = std::make_shared<std::vector<std::string>>();
  friend std::string str(const thread_log& l) { return course::py::list(*l.lines); }
};
thread_log log;

std::string work() {
  started.set_value();
  gate_opened.wait();
  log.lines->push_back("work ends");
  return "late";
}

awaitable<std::string> waiter() {
  try {
    auto on_thread = course::to_thread(work);
    co_return co_await std::move(on_thread);
  } catch (const boost::system::system_error&) {
    print("waiter cancelled");
    throw;
  }
}

DIFF_CASE_RETURNING(to_thread_cancelled, thread_log) {
  auto ex = co_await asio::this_coro::executor;
  auto t = co_spawn(ex, waiter(), use_task);
  co_await course::sleep(0);
  started.get_future().wait();  // blocks the loop a moment: the thread is at work before the cancel
  t.cancel();
  try {
    co_await t.async_wait(use_awaitable);
  } catch (const boost::system::system_error&) {
    print("t cancelled:", t.cancelled());
  }
  gate.set_value();
  print("main returns");
  co_return log;
}
}  // namespace to_thread_cancelled
