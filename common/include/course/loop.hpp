// course::loop, the event loop of one course::run(): an io_context, the tasks started on it, and
// the driver that runs it under the course clock.
#pragma once

#include "course/asio.hpp"
#include "course/clock.hpp"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace boost::asio {
class thread_pool;
}  // namespace boost::asio

namespace course {

namespace detail {
struct task_core;
class waiter_queue;

// Completes an operation at once, without yielding to other ready work, as asyncio's await of a
// thing that is already done does: the handler runs inside the initiation, on this thread. A
// coroutine doing that in a loop (awaiting 10 000 finished tasks in turn) would nest each
// completion inside the last, one stack frame deeper each time; past 64 nested completions the
// handler is posted instead, which unwinds the stack.
inline thread_local int t_completions_in_progress = 0;
template <typename Executor, typename Handler>
void complete_at_once(const Executor& ex, Handler&& handler) {
  if (t_completions_in_progress >= 64) {
    asio::post(ex, std::forward<Handler>(handler));
    return;
  }
  ++t_completions_in_progress;
  struct leave {
    ~leave() { --t_completions_in_progress; }
  } on_exit;
  asio::dispatch(ex, std::forward<Handler>(handler));
}
}  // namespace detail

// Raised when no task can ever be woken: every task waits, and nothing (no timer, no I/O, no
// thread-pool work) is pending that could wake one. asyncio would hang; the course says so.
class stalled_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Ctrl-C for the whole process (lesson_main calls it once): a SIGINT is only counted, and a
// running loop looks the count up between its turns (loop::on_interrupt). A second SIGINT ends
// the process at once, exit 130, with `second_line` on stderr: the first one's cleanup may be
// what hangs. The handler is never taken back, so no SIGINT between two programs, or between
// the cleanup and the line that reports it, kills the process without a line.
void catch_interrupts(const std::string& second_line);
// Whether a SIGINT has come (since catch_interrupts).
bool interrupt_pending() noexcept;

class loop {
 public:
  loop();
  loop(const loop&) = delete;
  loop& operator=(const loop&) = delete;
  ~loop();

  asio::io_context& context() noexcept { return io_; }
  asio::any_io_executor get_executor() { return io_.get_executor(); }

  // asyncio.get_running_loop(): the innermost loop of this thread; throws when there is none.
  static loop& running();

  // asyncio's debug mode: every handler that runs longer than slow_callback_duration (course
  // seconds) is reported on stderr, as asyncio logs "Executing <...> took 0.201 seconds". A new
  // loop starts in debug mode when the lesson got --debug (python -X dev) or the environment
  // has PYTHONASYNCIODEBUG set to a non-empty value.
  void set_debug(bool on) noexcept { debug_ = on; }
  bool get_debug() const noexcept { return debug_; }
  double slow_callback_duration = 0.1;
  std::FILE* debug_output = stderr;  // where debug mode reports
  // Whether a new loop starts in debug mode: --debug, or PYTHONASYNCIODEBUG set and not empty.
  // Process-wide on purpose: it is python -X dev, sys.flags.dev_mode, which every loop of the
  // process reads when it is made; a program's own asyncio.run(main(), debug=True) is
  // course::run(main(), {.debug = true}), and loop::set_debug is loop.set_debug.
  static void set_default_debug(bool on) noexcept;
  static bool default_debug() noexcept;

  // Runs the io_context until done() holds, and returns done(). Returns false when nothing is left
  // that could make it hold (the io_context ran out of work). It runs in turns, as asyncio's
  // _run_once does, in every clock mode: the course timers that are due fire, then the handlers
  // that were ready when the turn began run (those they post wait for the next turn). When a turn
  // finds nothing to run, the loop waits for the next timer: in real time, on a reactor timer
  // that wakes it; in virtual time the clock jumps to that timer's deadline (unless real work
  // holds it), and with no timer pending it raises stalled_error.
  bool run_until(const std::function<bool()>& done);

  // Real work in flight (a thread pool, a socket) that virtual time must wait for, not skip.
  // Take one on the loop's thread before starting the work; drop it on the loop's thread after
  // its completion has been posted there.
  // A hold also keeps the io_context from running out of work while the thread computes.
  class hold {
   public:
    explicit hold(loop& l) : loop_(&l), work_(l.io_.get_executor()) { ++l.holds_; }
    hold(hold&& other) noexcept
        : loop_(std::exchange(other.loop_, nullptr)), work_(std::move(other.work_)) {}
    hold& operator=(hold&&) = delete;
    ~hold() {
      if (loop_) --loop_->holds_;
    }

   private:
    loop* loop_;
    asio::executor_work_guard<asio::io_context::executor_type> work_;
  };

  // loop.close(): the loop runs no more (run_until then raises RuntimeError "Event loop is
  // closed"), and its default executor is shut down without waiting for work not yet begun.
  // Raises RuntimeError while the loop runs. The loop's resources go when it is destroyed.
  void close();
  bool is_closed() const noexcept { return closed_; }

  // asyncio's default executor, where course::to_thread and run_in_executor(fn) run fn
  // (threads.hpp): a pool of min(32, cores + 4) threads, made on first use.
  asio::thread_pool& default_executor();
  // loop.shutdown_default_executor(), which course::run calls once the tasks are done: the loop
  // runs until every thread's outcome has reached it, then the pool's threads are joined.
  void shutdown_default_executor();

  // A socket of the loop (streams.hpp) is open. In virtual time the loop then waits up to
  // io_grace of real time for I/O before the clock jumps to the next timer: data on 127.0.0.1
  // takes microseconds to arrive, and must not be overtaken by a jump. vloop.py does the same.
  class open_socket {
   public:
    explicit open_socket(loop& l) : loop_(&l) { ++l.open_sockets_; }
    open_socket(const open_socket&) = delete;
    open_socket& operator=(const open_socket&) = delete;
    ~open_socket() { --loop_->open_sockets_; }

   private:
    loop* loop_;
  };
  static constexpr std::chrono::milliseconds io_grace{50};

  // Ctrl-C, once catch_interrupts() made SIGINT a count: while this loop runs, the first SIGINT
  // calls fn on the loop's thread (course::run cancels main with it, as asyncio.run does).
  void on_interrupt(std::function<void()> fn);
  bool interrupted() const noexcept { return interrupted_; }

  // The waiting lines of the running loop's primitives (waiters.hpp), whose waits still pending
  // when the loop ends are dropped then. No-op when no loop runs.
  static void adopt(const std::shared_ptr<detail::waiter_queue>& queue);

  // The task registry, filled by the use_task completion token: the tasks not yet done, in the
  // order they were made, and those that ended with an exception nobody has retrieved yet (run
  // reports them at the end, as asyncio's Task.__del__ logs them). Done tasks leave it as it
  // grows, so a long run holds only what is live.
  std::uint64_t add_task(std::shared_ptr<detail::task_core> task);
  const std::vector<std::shared_ptr<detail::task_core>>& tasks() const noexcept { return tasks_; }
  // What asyncio.run does once main has returned: cancel what is left and let it finish.
  void cancel_remaining_tasks();
  // The tasks that are not done and what each waits on: "Task-1 on Task-2, Task-2 on an Event".
  std::string describe_waiting_tasks() const;
  // What the running task is about to wait on, for that report. The waits of the course's own
  // objects (tasks, timers, Event, Queue, Lock, Semaphore) say it themselves.
  static void note_wait(const char* what);
  static void note_wait_on(const std::shared_ptr<detail::task_core>& task);

 private:
  std::vector<std::shared_ptr<detail::task_core>> tasks_;
  std::vector<std::weak_ptr<detail::waiter_queue>> queues_;
  std::uint64_t next_task_id_ = 1;
  std::atomic<int> holds_{0};
  int open_sockets_ = 0;
  bool debug_;
  std::function<void()> on_interrupt_;
  bool interrupted_ = false;
  bool running_ = false;
  bool closed_ = false;
  std::size_t run_one_handler();  // poll_one, timed in debug mode
  std::size_t run_turn();
  void wait_in_real_time();
  std::size_t wait_for_io(std::chrono::milliseconds at_most);
  void check_interrupt();
  loop* previous_;
  asio::io_context io_;  // destroyed before the tasks, with the frames that point into them
  // Destroyed before io_, which its threads post their outcomes to: ~thread_pool drops the work
  // not yet begun and joins, as loop.close() shuts the default executor down without waiting.
  std::unique_ptr<asio::thread_pool> default_executor_;
  // Real time: wakes the idle loop at the next course timer's deadline. clock_traits makes the
  // reactor wake a little early and poll the rest of the way, so it is not late either.
  // Made on first use: in virtual time no reactor is needed, and none is polled.
  std::optional<asio::basic_waitable_timer<clock, clock_traits>> waker_;
  std::optional<clock::time_point> waker_set_for_;
};

}  // namespace course
