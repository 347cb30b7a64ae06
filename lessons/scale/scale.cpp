// Lesson: scale. N tasks each sleep 1 s and are awaited; the lesson prints how long it took
// beyond the 1 s sleep, and the bytes each task held at the peak (the peak resident memory of the
// program, above what it held before, divided by N). --tasks sets N (default 10 000).
//
// The first program writes it as every other lesson does: create_task is co_spawn with use_task,
// the sleep course::sleep, and main awaits each task. That is the cost of the code the course
// teaches: each task holds its entry frame, the sleeper's frame and the sleep's operation, the
// task's state (name, result, cancellation) and a line of its journal. The second program keeps
// co_spawn and course::sleep but gives up the task: no state, no journal, a count of the done
// ones instead of a wait on each. asyncio keeps something lighter for its sleeps: one heap of timer
// handles for the whole loop, and one timeout for the selector, the earliest. The third program
// does that with asio: one timer for every sleeper and a heap of their completion handlers. What
// is left is the frames. The fourth keeps the one timer and drops the frames too: each task is an
// asio::coroutine, the stackless function object of the legacy_coroutines lesson, whose whole
// state is where it stands and what it holds. A million of those fit in the bytes of a hundred
// thousand C++20 tasks.
//
// The fifth program asks how precisely one sleep ends: 200 sleeps of 10 ms in a row, and how late
// each one wakes.
//
// Virtual time does not apply: the figures are the real cost of starting, waking and ending the
// tasks, which a clock that skips the sleep would not show apart from it.
#include <course/names.hpp>

#include <boost/asio/coroutine.hpp>

#include <malloc.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

// Resident memory in bytes, as /proc/self/status has it: VmRSS now, VmHWM the peak so far.
std::size_t status_bytes(const std::string& field) {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);) {
    if (line.rfind(field + ":", 0) == 0) return std::stoul(line.substr(field.size() + 1)) * 1024;
  }
  throw std::runtime_error("no " + field + " in /proc/self/status");
}

// The share of the run that was the sleep: 1 when N tasks cost nothing, never over 1 (no task
// wakes early), and far from 0 unless the tasks cost many times the sleep.
const std::string sleep_share = N_("the sleep \u00f7 the run: 1 s \u00f7 its seconds");
const course::claim woke_after_a_second = course::figure_between(sleep_share, 1, 0.05, 1.0);

// What every scale program measures around its tasks, from its construction to report(): the
// seconds beyond the sleep, and the peak memory above what the program held before, per task.
// Each program measures its own peak: freed memory goes back to the system, and the kernel's high
// water mark restarts from the current size (proc(5), clear_refs 5).
class measuring {
 public:
  measuring() : rss_before_(start_measuring()), start_(course::clock::now()) {}

  void report(std::size_t tasks) const {
    const double beyond = course::seconds_since(start_) - 1;
    course::report_figure(sleep_share, 1 / (1 + beyond));
    const double per_task =
        static_cast<double>(status_bytes("VmHWM") - rss_before_) / static_cast<double>(tasks);
    char line[160];
    std::snprintf(line, sizeof line,
                  "%zu tasks slept 1 s: %.3f s beyond the sleep, %.0f bytes per task", tasks,
                  beyond, per_task);
    print(line);
  }

 private:
  static std::size_t start_measuring() {
    malloc_trim(0);
    std::ofstream("/proc/self/clear_refs") << "5";
    return status_bytes("VmRSS");
  }

  std::size_t rss_before_;
  course::clock::time_point start_;
};

// A scale program of N tasks (the first four): what it is called and how it runs.
course::program scale_program(const char* variant, void (*run)(const course::options&)) {
  return {.variant = variant,
          .note = course::note_000,
          .section = "`asyncio.gather()`",
          .ordinal = course::course_own,
          .run = run,
          .claims = {woke_after_a_second}};
}

// --tasks: how many tasks sleep at once.
std::size_t task_count(const course::options& o) {
  return static_cast<std::size_t>(o.number("--tasks"));
}

// What asyncio.gather keeps for children that return nothing: how many are still running, the
// first exception, and a way to wake the awaiter. gather adds a done callback to every child; here
// every task's completion handler holds the gathering and counts itself done.
class gathering {
 public:
  gathering(const asio::any_io_executor& ex, std::size_t n) : left_(n), all_done_(ex) {}

  void done(std::exception_ptr e) {
    if (e && !error_) error_ = e;
    if (--left_ == 0) all_done_.set();
  }
  awaitable<void> wait() {
    if (left_ > 0) co_await all_done_.async_wait(use_awaitable);
    if (error_) std::rethrow_exception(error_);
  }

 private:
  std::size_t left_;
  std::exception_ptr error_;
  course::event all_done_;
};

struct count_done {
  std::shared_ptr<gathering> all;
  void operator()(std::exception_ptr e) const { all->done(e); }
};

// The course's own program.
// The Python: lesson_tasks.py beside this file (bench/bench.py runs it beside this program).
namespace lesson_tasks {

awaitable<void> sleeper() { co_await course::sleep(1); }

awaitable<void> async_main(std::size_t n) {
  auto ex = co_await asio::this_coro::executor;
  const measuring measured;
  std::vector<course::task<void>> tasks;
  tasks.reserve(n);
  for (std::size_t i = 0; i < n; ++i) tasks.push_back(co_spawn(ex, sleeper(), use_task));
  for (const auto& t : tasks) co_await t.async_wait(use_awaitable);
  measured.report(n);
}

void program(const course::options& o) { course::run(async_main(task_count(o))); }

const course::program descriptor = scale_program("lesson_tasks", program);

}  // namespace lesson_tasks

// The course's own program.
// The Python: timer_per_task.py beside this file.
namespace timer_per_task {

awaitable<void> sleeper() { co_await course::sleep(1); }

awaitable<void> async_main(std::size_t tasks) {
  // The sleepers run on the loop's own executor, not on main's: main's marks every handler as a
  // step of main for the pictures, which a million handlers need not pay for.
  auto ex = course::loop::running().get_executor();
  const measuring measured;
  auto all = std::make_shared<gathering>(ex, tasks);
  for (std::size_t i = 0; i < tasks; ++i) co_spawn(ex, sleeper(), count_done{all});
  co_await all->wait();
  measured.report(tasks);
}

void program(const course::options& o) { course::run(async_main(task_count(o))); }

const course::program descriptor = scale_program("timer_per_task", program);

}  // namespace timer_per_task

// asyncio's loop keeps every sleep in one heap of timer handles, ordered by deadline, and asks
// the selector to wait until the earliest. sleep_heap does the same on one course::timer: a sleep
// is its completion handler in a heap, and the timer is armed for the heap's earliest deadline.
// (A sleep cannot be cancelled on its own here: the lesson's tasks never are.)
class sleep_heap {
 public:
  explicit sleep_heap(const asio::any_io_executor& ex) : timer_(ex) {}

  template <typename Token>
  auto async_sleep(course::clock::duration d, Token&& token) {
    return asio::async_initiate<Token, void()>(
        [this, d](auto wake) { add(course::clock::now() + d, std::move(wake)); }, token);
  }

 private:
  // The heap moves its entries by assignment, which Boost 1.81's any_completion_handler gets
  // wrong (waiters.hpp): this one assigns by moving into a new handler and swapping.
  struct handler {
    asio::any_completion_handler<void()> call;
    explicit handler(asio::any_completion_handler<void()> h) : call(std::move(h)) {}
    handler(handler&&) noexcept = default;
    handler& operator=(handler&& other) noexcept {
      asio::any_completion_handler<void()>(std::move(other.call)).swap(call);
      return *this;
    }
  };
  struct wake_up {
    course::clock::time_point at;
    std::uint64_t order;  // sleeps due at the same moment end in the order they began
    handler on_wake;
  };
  static bool later(const wake_up& a, const wake_up& b) {
    return a.at != b.at ? a.at > b.at : a.order > b.order;
  }

  void add(course::clock::time_point at, asio::any_completion_handler<void()> h) {
    heap_.push_back(wake_up{at, next_order_++, handler(std::move(h))});
    std::push_heap(heap_.begin(), heap_.end(), later);
    if (at < armed_for_) arm(at);
  }
  void arm(course::clock::time_point at) {
    armed_for_ = at;
    timer_.expires_at(at);  // a wait already pending ends with operation_aborted
    timer_.async_wait([this](boost::system::error_code ec) {
      if (!ec) wake_due();
    });
  }
  // Runs on the loop, in the timer's handler: each due sleeper resumes here, in order.
  void wake_due() {
    armed_for_ = course::clock::time_point::max();
    const auto now = course::clock::now();
    while (!heap_.empty() && heap_.front().at <= now) {
      std::pop_heap(heap_.begin(), heap_.end(), later);
      auto due = std::move(heap_.back().on_wake.call);
      heap_.pop_back();
      std::move(due)();
    }
    if (!heap_.empty()) arm(heap_.front().at);
  }

  std::vector<wake_up> heap_;
  std::uint64_t next_order_ = 0;
  course::clock::time_point armed_for_ = course::clock::time_point::max();
  course::timer timer_;
};

// The same program, with every sleeper on one timer: asyncio.sleep(1) becomes
// heap->async_sleep(1 s), and the rest is unchanged.
namespace one_timer {

awaitable<void> sleeper(sleep_heap* heap) {
  co_await heap->async_sleep(course::secs(1), use_awaitable);
}

awaitable<void> async_main(std::size_t tasks) {
  auto ex = course::loop::running().get_executor();
  const measuring measured;
  sleep_heap heap(ex);
  auto all = std::make_shared<gathering>(ex, tasks);
  for (std::size_t i = 0; i < tasks; ++i) co_spawn(ex, sleeper(&heap), count_done{all});
  co_await all->wait();
  measured.report(tasks);
}

void program(const course::options& o) { course::run(async_main(task_count(o))); }

const course::program descriptor = scale_program("one_timer", program);

}  // namespace one_timer

// The same program once more, each task an asio::coroutine: the sleeper is a function object
// that starts its sleep with itself as the completion handler (yield), and runs on from there
// when called again. It is the task and its frame in one: the heap holds it while it sleeps.
#include <boost/asio/yield.hpp>  // reenter, yield: macros, so undone right after their use

namespace stackless {

struct sleeper : asio::coroutine {
  sleep_heap* heap;
  count_done when_done;
  void operator()() {
    reenter(this) {
      yield heap->async_sleep(course::secs(1), std::move(*this));
      when_done(nullptr);
    }
  }
};

awaitable<void> async_main(std::size_t tasks) {
  auto ex = course::loop::running().get_executor();
  const measuring measured;
  sleep_heap heap(ex);
  auto all = std::make_shared<gathering>(ex, tasks);
  for (std::size_t i = 0; i < tasks; ++i) sleeper{{}, &heap, count_done{all}}();
  co_await all->wait();
  measured.report(tasks);
}

void program(const course::options& o) { course::run(async_main(task_count(o))); }

const course::program descriptor = scale_program("stackless", program);

}  // namespace stackless

#include <boost/asio/unyield.hpp>

// The course's own program.
// The Python: precision.py beside this file.
namespace precision {

// A course sleep counts from the loop's time, which after a timer is that timer's deadline, not
// the moment of the call (timer.hpp says why): so each wake-up is measured against its own
// timer's deadline, which is what CPython's start + 0.01 is.
awaitable<void> async_main() {
  auto ex = co_await asio::this_coro::executor;
  double total = 0;
  double most = 0;
  for (int i = 0; i < 200; ++i) {
    course::timer sleep(ex, course::secs(0.01));
    const auto deadline = sleep.expiry();
    co_await sleep.async_wait(use_awaitable);
    const double late = course::seconds_since(deadline);
    total += late;
    most = std::max(most, late);
  }
  char line[120];
  std::snprintf(line, sizeof line, "200 sleeps of 10 ms: %.3f ms late on average, %.3f ms at most",
                total / 200 * 1000, most * 1000);
  print(line);
}

void program() { course::run(async_main()); }

const course::program descriptor = {.variant = "precision",
                                    .note = course::note_003,
                                    .section = "使用sleep",
                                    .ordinal = course::course_own,
                                    .run = program,
                                    .claims = {course::ends_at(2)}};

}  // namespace precision

course::option tasks_option() {
  return {
      .flag = "--tasks",
      .help = N_("How many tasks sleep at once (default 10000)"),
      .type_name = "N",
      .default_value = "10000",
      .check = [](const std::string& text) {
        std::size_t used = 0;
        unsigned long n = 0;
        try {
          n = std::stoul(text, &used);
        } catch (const std::exception&) {
          used = 0;
        }
        if (used == 0 || used != text.size() || text[0] == '-' || n < 1 || n > 10'000'000) {
          throw std::invalid_argument(course::format(
              course::tr("expected a whole number from 1 to 10000000, got '%s'"), text.c_str()));
        }
      }};
}

int main(int argc, char** argv) {
  return course::lesson_main(
      argc, argv,
      {.name = "scale",
       .teaches = N_("one timer for many sleepers, and tasks without a coroutine frame"),
       .programs = {lesson_tasks::descriptor, timer_per_task::descriptor, one_timer::descriptor,
                    stackless::descriptor, precision::descriptor},
       .options = {tasks_option()},
       .real_time_only = N_("the figures are the real cost of the tasks, which virtual time would "
                            "not show apart from the sleep it skips")});
}
