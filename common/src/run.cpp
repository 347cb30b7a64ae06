#include "course/run.hpp"

#include <cstdio>
#include <utility>

namespace course {

void run(asio::awaitable<void> main, run_options options) { run<void>(std::move(main), options); }

}  // namespace course

namespace course::detail {

void report_stall(loop& l) {
  throw stalled_error("the loop ran out of work before main finished (waiting: " +
                      l.describe_waiting_tasks() + ")");
}

void finish_run(loop& l, bool main_failed) {
  l.cancel_remaining_tasks();
  const auto all_done = [&] {
    for (const auto& t : l.tasks()) {
      if (!t->done) return false;
    }
    return true;
  };
  if (!l.run_until(all_done)) report_stall(l);

  std::string lost;
  for (const auto& t : l.tasks()) {
    if (t->id == 1 || !t->error || t->retrieved || t->cancelled()) continue;
    try {
      std::rethrow_exception(t->error);
    } catch (const std::exception& e) {
      lost += (lost.empty() ? "" : "; ") + t->name + ": " + e.what();
    } catch (...) {
      lost += (lost.empty() ? "" : "; ") + t->name + ": unknown exception";
    }
  }
  if (lost.empty()) return;
  lost = "Task exception was never retrieved: " + lost;
  if (!main_failed) throw std::runtime_error(lost);
  // main's own exception is the one run raises; the others are only logged, as asyncio does.
  std::fflush(stdout);
  std::fprintf(stderr, "%s\n", lost.c_str());
}

}  // namespace course::detail
