#include "course/run.hpp"

#include "course/errors.hpp"

#include <cstdio>
#include <memory>
#include <vector>
#include <utility>

namespace course {

void run(asio::awaitable<void> main, run_options options) { run<void>(std::move(main), options); }

}  // namespace course

namespace course::detail {

void report_stall(loop& l) {
  throw stalled_error("the loop ran out of work before main finished (waiting: " +
                      l.describe_waiting_tasks() + ")");
}

void finish_run(loop& l) {
  std::vector<std::shared_ptr<task_core>> left;
  for (const auto& t : l.tasks()) {
    if (!t->done) left.push_back(t);
  }
  l.cancel_remaining_tasks();
  const auto all_done = [&] {
    for (const auto& t : l.tasks()) {
      if (!t->done) return false;
    }
    return true;
  };
  if (!l.run_until(all_done)) report_stall(l);
  l.shutdown_default_executor();

  // A task that was still running and then ended with an error other than its cancellation is
  // reported as asyncio.run reports it; any other error nobody retrieved is logged as asyncio's
  // Task.__del__ logs it. run still returns main's result.
  for (const auto& t : left) {
    if (t->cancelled() || !t->error) continue;
    t->retrieved = true;
    report_exception("unhandled exception during asyncio.run() shutdown", t->name, t->error);
  }
  for (const auto& t : l.tasks()) {
    if (t->id == 1 || !t->error || t->retrieved || t->cancelled()) continue;
    report_exception("Task exception was never retrieved", t->name, t->error);
  }
}

}  // namespace course::detail
