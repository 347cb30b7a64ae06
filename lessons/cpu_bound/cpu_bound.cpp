// Lesson: CPU-bound work inside tasks, the first pitfall. A coroutine gives the loop back only at
// a co_await, and a computation has none: two tasks that compute on the loop's thread run one
// after the other, and main takes the sum of both. Meanwhile nothing else on the loop runs.
//
// The fix hands each piece to a thread with course::to_thread and co_awaits the result, which
// resumes the task on the loop: the pieces run in parallel on the cores present, and the loop
// stays free, as a heartbeat task shows by ticking all along. Python needs processes for this
// (ProcessPoolExecutor: the GIL lets one thread compute at a time); C++ threads compute in
// parallel, so the loop's default pool of threads is the whole fix.
//
// Virtual time does not apply: the work is real CPU time, which no clock can skip. How long a
// piece takes depends on the machine, so the checks compare ratios measured in one run.
#include <course/names.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <thread>
#include <vector>

// The note sums range(10**8). g++ turns that loop into a closed formula and returns at once, so
// the C++ does work no compiler can skip: it adds up the Collatz steps of every number below n.
// At --work 1 a piece (n = 5,000,000) takes about 1 s on the machine the course was measured on.
std::int64_t piece_size(const course::options& o) {
  return static_cast<std::int64_t>(5'000'000 * o.number("--work"));
}

std::int64_t count_collatz_steps(std::int64_t n) {
  std::int64_t steps = 0;
  for (std::int64_t i = 1; i < n; ++i) {
    for (auto x = static_cast<std::uint64_t>(i); x != 1; ++steps) x = x % 2 ? 3 * x + 1 : x / 2;
  }
  return steps;
}

// What the checks compare, measured in course seconds: each piece's time, added up, and main's.
// Their ratio is 1 when the pieces run one after the other, 2 when they run side by side.
double pieces_seconds = 0;
double loop_only_main_seconds = 0;  // main's time in the first program, for the speed-up
const std::string overlap = N_("overlap: the pieces' seconds added up \u00f7 main's");
const std::string beats_due = N_("heartbeat: beats \u00f7 beats due every 0.1 s");

using course::figure_between;

// 003 尝试运行多个CPU密集型函数
namespace on_the_loop {

// The piece's size is the Python's literal 10**8, which --work scales: handed over, not printed.
awaitable<std::int64_t> cpu_bound_work_(std::int64_t n) {
  const auto start = course::clock::now();
  const auto counter = count_collatz_steps(n);
  pieces_seconds += course::seconds_since(start);
  co_return counter;
}
constexpr course::async_timed<cpu_bound_work_> timed_work{"cpu_bound_work"};

awaitable<void> main_(std::int64_t n) {
  const auto cpu_bound_work = timed_work.given(n);
  auto ex = co_await asio::this_coro::executor;
  auto task1 = co_spawn(ex, cpu_bound_work(), use_task.of("cpu_bound_work"));
  auto task2 = co_spawn(ex, cpu_bound_work(), use_task.of("cpu_bound_work"));
  co_await task1.async_wait(use_awaitable);
  co_await task2.async_wait(use_awaitable);
}
constexpr course::async_timed<main_> async_main{"main"};

void program(const course::options& o) {
  pieces_seconds = 0;
  const auto start = course::clock::now();
  course::run(async_main.given(piece_size(o))());
  loop_only_main_seconds = course::seconds_since(start);
  course::report_figure(overlap, pieces_seconds / loop_only_main_seconds);
}

const course::program descriptor = {
    .variant = "on_the_loop",
    .note = course::note_003,
    .section = "尝试运行多个CPU密集型函数",
    .run = program,
    .claims = {course::tasks_created(3), figure_between(overlap, 1, 0.8, 1.02)},
    .erratum = N_("the note omits the first two `strarting` lines (main's and the "
                  "first piece's).")};

}  // namespace on_the_loop

// The course's fix.
// The Python: thread_pool.py beside this file.
namespace off_the_loop {

std::size_t beat_count = 0;

// The process pool's part: to_thread runs the piece on a thread of the loop's default pool, and
// course::run joins that pool once main is done, as the with block shuts the process pool down.
awaitable<std::int64_t> cpu_bound_work_(std::int64_t n) {
  const auto start = course::clock::now();
  auto piece = course::to_thread(count_collatz_steps, n);
  const auto counter = co_await std::move(piece);
  pieces_seconds += course::seconds_since(start);
  co_return counter;
}
constexpr course::async_timed<cpu_bound_work_> timed_work{"cpu_bound_work"};

awaitable<void> heartbeat(std::shared_ptr<std::vector<double>> gaps) {
  auto last = course::clock::now();
  for (;;) {
    co_await course::sleep(0.1);
    gaps->push_back(course::seconds_since(last));
    last = course::clock::now();
  }
}

awaitable<void> main_(std::int64_t n) {
  const auto cpu_bound_work = timed_work.given(n);
  auto ex = co_await asio::this_coro::executor;
  auto gaps = std::make_shared<std::vector<double>>();
  auto beat = co_spawn(ex, heartbeat(gaps), use_task.of("heartbeat"));
  auto task1 = co_spawn(ex, cpu_bound_work(), use_task.of("cpu_bound_work"));
  auto task2 = co_spawn(ex, cpu_bound_work(), use_task.of("cpu_bound_work"));
  co_await task1.async_wait(use_awaitable);
  co_await task2.async_wait(use_awaitable);
  beat.cancel();
  const std::vector<double> beats = *gaps;
  const double longest = beats.empty() ? 0 : *std::max_element(beats.begin(), beats.end());
  print("heartbeat: " + course::py::str(beats.size()) + " beats, the longest gap " +
        course::py::fixed(longest, 2) + " s");
  beat_count = beats.size();
}
constexpr course::async_timed<main_> async_main{"main"};

void program(const course::options& o) {
  pieces_seconds = 0;
  beat_count = 0;
  const auto start = course::clock::now();
  course::run(async_main.given(piece_size(o))());
  const double main_seconds = course::seconds_since(start);
  course::report_figure(overlap, pieces_seconds / main_seconds);
  course::report_figure(beats_due, static_cast<double>(beat_count) / (main_seconds / 0.1));
  if (loop_only_main_seconds > 0) {
    course::say(course::format(
        course::tr("speed-up over the loop alone: %.2f s \u00f7 %.2f s = %.2f, with %u cores"),
        loop_only_main_seconds, main_seconds, loop_only_main_seconds / main_seconds,
        std::thread::hardware_concurrency()));
  }
}

const course::program descriptor = {
    .variant = "thread_pool",
    .note = course::note_003,
    .section = "尝试运行多个CPU密集型函数",
    .ordinal = course::course_own,
    .run = program,
    .claims = {course::tasks_created(4), figure_between(overlap, 2, 1.5, 2.02),
               figure_between(beats_due, 1, 0.5, 1.01)}};

}  // namespace off_the_loop

int main(int argc, char** argv) {
  return course::lesson_main(
      argc, argv,
      {.name = "cpu_bound",
       .teaches = N_("co_await course::to_thread(work): CPU work off the loop"),
       .programs = {on_the_loop::descriptor, off_the_loop::descriptor},
       .options = {course::number_option(
           "--work", N_("Scale each piece of work (1: about 1 s here)"), 1.0, 0.01, 100)},
       .real_time_only = N_("the work is real CPU time, which virtual time cannot skip")});
}
