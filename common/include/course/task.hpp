// course::task<T>, the asyncio.Task counterpart, and use_task, the completion token that makes
// co_spawn return one:
//
//     auto t1 = co_spawn(ex, task1(), use_task);     // t1 = asyncio.create_task(task1())
//     co_await t1.async_wait(use_awaitable);          // await t1
//
// Plain co_spawn starts the coroutine inline when called from the loop's own thread; asyncio
// starts a new task on the loop's next turn, after the creator yields. use_task posts the start.
#pragma once

#include "course/asio.hpp"
#include "course/errors.hpp"
#include "course/journal.hpp"
#include "course/loop.hpp"
#include "course/waiters.hpp"

#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace course {

struct use_task_t {
  std::string name;            // asyncio's default names: Task-1 (main), Task-2, ...
  std::string coroutine = {};  // what asyncio's repr shows as coro=<task1()>, for the pictures

  // co_spawn(ex, task1(), use_task.of("task1")): C++ cannot name the coroutine an awaitable
  // came from, so the lesson does; --timeline and --mermaid label the task's row with it.
  use_task_t of(std::string coroutine_name) const {
    return {.name = name, .coroutine = std::move(coroutine_name)};
  }
};
inline const use_task_t use_task{};

template <typename T>
class task;

namespace detail {

struct task_core;

// asyncio's Task._must_cancel. task.cancel() cancels the wait the task is suspended on when that
// wait is still pending; when it has already completed (the task is woken, not yet running) or
// the task is running, the request is kept and the task's next resumption from a course wait
// raises CancelledError instead, as Task.__step throws it into the coroutine.
task_core* current_task() noexcept;  // the task whose step runs on this thread, or null
bool take_must_cancel() noexcept;    // consumes the running task's kept request
void throw_if_must_cancel();         // ... and raises it
// A course wait ended by a cancellation (task.cancel() reached a pending wait).
void count_cancelled_wait() noexcept;
std::uint64_t cancelled_waits() noexcept;

// Posts handler(ec) as the next step of the waiter's task; a cancel kept for that task meanwhile
// turns a success into operation_aborted.
template <typename Handler>
void post_resume(const asio::any_io_executor& work, Handler handler) {
  auto ex = asio::get_associated_executor(handler, work);
  asio::post(work, asio::bind_executor(ex, [handler = std::move(handler)]() mutable {
               boost::system::error_code ec;
               if (take_must_cancel()) ec = asio::error::operation_aborted;
               std::move(handler)(ec);
             }));
}

// Posts handler(operation_aborted) as the next step of the waiter's task: a wait that ended
// cancelled. That step delivers the cancel the task may also have kept meanwhile (a second
// cancel() finds no pending wait), as Task.__step consumes _must_cancel with the CancelledError
// it throws in.
template <typename Handler>
void post_aborted(const asio::any_io_executor& work, Handler handler) {
  auto ex = asio::get_associated_executor(handler, work);
  asio::post(work, asio::bind_executor(ex, [handler = std::move(handler)]() mutable {
               take_must_cancel();
               std::move(handler)(asio::error::operation_aborted);
             }));
}

// The loop's own executor behind ex: ex itself, or what a task's executor wraps.
asio::any_io_executor loop_executor(const asio::any_io_executor& ex);
// The task whose executor ex is, or null for any other executor.
task_core* task_of(const asio::any_io_executor& ex) noexcept;

// Marks a step of a task: for the journal, and for current_task().
class step_of {
 public:
  explicit step_of(task_core* task);
  step_of(const step_of&) = delete;
  step_of& operator=(const step_of&) = delete;
  ~step_of();

 private:
  journal::task_step journal_;
  task_core* outer_;
};

// The executor a task's coroutine runs on: the loop's, with every handler it runs marked as a step
// of the task (journal::task_step), so that the journal knows which task printed a line or
// cancelled another, as asyncio.current_task() knows. Properties go to the inner executor. It
// wraps the io_context's own executor type, not any_io_executor: two words fit in an
// any_io_executor's own buffer, where a wrapped any_io_executor would be a shared allocation per
// task, and another for each require or prefer (co_spawn makes two).
template <typename Inner>
class task_executor {
 public:
  task_executor(Inner inner, task_core* task) : inner_(std::move(inner)), task_(task) {}
  const Inner& inner() const noexcept { return inner_; }
  task_core* task() const noexcept { return task_; }

  template <typename F>
  void execute(F f) const {
    inner_.execute([f = std::move(f), task = task_]() mutable {
      const step_of s(task);
      std::move(f)();
    });
  }
  friend bool operator==(const task_executor& a, const task_executor& b) noexcept {
    return a.inner_ == b.inner_ && a.task_ == b.task_;
  }
  friend bool operator!=(const task_executor& a, const task_executor& b) noexcept {
    return !(a == b);
  }

  template <typename Property>
  auto query(const Property& p) const -> decltype(asio::query(std::declval<const Inner&>(), p)) {
    return asio::query(inner_, p);
  }
  template <typename Property>
  auto require(const Property& p) const
      -> task_executor<std::decay_t<decltype(asio::require(std::declval<const Inner&>(), p))>> {
    return {asio::require(inner_, p), task_};
  }
  template <typename Property>
  auto prefer(const Property& p) const
      -> task_executor<std::decay_t<decltype(asio::prefer(std::declval<const Inner&>(), p))>> {
    return {asio::prefer(inner_, p), task_};
  }

 private:
  Inner inner_;
  task_core* task_;  // lives as long as the loop, which outlives every handler it runs
};

using loop_executor_type = asio::io_context::executor_type;

struct task_core : std::enable_shared_from_this<task_core> {
  explicit task_core(loop_executor_type ex) : executor(ex) {}
  std::uint64_t id = 0;
  int cancels_requested = 0;                  // Task.cancelling()
  std::optional<std::string> cancel_message;  // of the last cancel(msg)
  bool cancelled_error_taken = false;
  std::string name;
  loop_executor_type executor;
  bool started = false;
  bool done = false;
  bool cancel_requested = false;
  bool must_cancel = false;
  bool retrieved = false;  // someone saw the exception (awaited the task, called result())
  std::exception_ptr error;
  asio::cancellation_signal signal;  // reaches the coroutine's current operation
  // What it last waited on, for the report of a loop that stalls (loop::note_wait).
  const char* waits_on = nullptr;
  std::weak_ptr<task_core> waits_on_task;

  virtual ~task_core() = default;
  // Breaks the cycle task -> waiting coroutine -> task when a loop ends with tasks still waiting.
  virtual void drop_waiters() = 0;
  // As in asyncio, a task whose coroutine ends with CancelledError is cancelled, whoever
  // cancelled what it awaited.
  bool cancelled() const { return done && is_cancellation(error); }
  // task.cancel(msg): the message rides on the CancelledError the task ends with.
  bool cancel(std::optional<std::string> msg = std::nullopt) {
    if (done) return false;
    cancel_message = std::move(msg);
    ++cancels_requested;
    journal::task_event(journal::kind::task_cancel_requested, id, name);
    cancel_requested = true;
    if (!started) return true;  // its start ends it before its body runs
    const auto before = cancelled_waits();
    signal.emit(asio::cancellation_type::terminal);
    if (cancelled_waits() == before) must_cancel = true;
    return true;
  }
  // The exception the task's result raises. A cancelled task's CancelledError, with the cancel's
  // message, goes to the first that asks; later ones get a plain CancelledError, as 3.11's
  // Task._make_cancelled_error hands the exception it kept over once.
  std::exception_ptr error_for_result() {
    if (!cancelled()) return error;
    if (std::exchange(cancelled_error_taken, true)) return make_cancelled_error();
    return error;
  }
  // Task.uncancel(): one cancel request fewer; the count left.
  int uncancel() {
    if (cancels_requested > 0) --cancels_requested;
    return cancels_requested;
  }
  void record(journal::kind what) const { journal::task_event(what, id, name); }
};

template <typename T>
struct signature_of {
  using type = void(std::exception_ptr, T);
};
template <>
struct signature_of<void> {
  using type = void(std::exception_ptr);
};
template <typename T>
using task_signature = typename signature_of<T>::type;

template <typename T>
struct task_state final : task_core {
  using task_core::task_core;
  using value_type = std::conditional_t<std::is_void_v<T>, std::monostate, T>;
  // Waiters and done callbacks in the order they came, as asyncio keeps them in one list; made
  // when the first comes (a million tasks sleeping at once have none yet).
  std::shared_ptr<waiter_queue> on_done;
  waiter_queue& waiters() {
    if (!on_done) on_done = waiter_queue::make(executor);
    return *on_done;
  }
  std::optional<value_type> value;

  template <typename Handler>
  static void complete(Handler& handler, std::exception_ptr e, const value_type& v) {
    if constexpr (std::is_void_v<T>) {
      std::move(handler)(e);
    } else {
      std::move(handler)(e, v);
    }
  }

  void drop_waiters() override {
    if (on_done) on_done->clear();
  }

  void finish(std::exception_ptr e, value_type v) {
    done = true;
    // Ended by its cancellation: CancelledError with the cancel's message (asio's own error
    // carries none).
    error = is_cancellation(e) ? make_cancelled_error(cancel_message) : e;
    value.emplace(std::move(v));
    record(!e            ? journal::kind::task_done
           : cancelled() ? journal::kind::task_cancelled
                         : journal::kind::task_failed);
    if (on_done) on_done->wake_all();
  }
};

// `await task` cancelled: the cancellation passes on to the task, as asyncio's does, and the wait
// goes on until the task ends. `await shield(task)` cancelled: the wait ends, the task runs on.
template <typename T>
struct waiter_cancellation {
  std::weak_ptr<task_state<T>> state;
  std::uint64_t ticket;
  bool shielded;
  void operator()(asio::cancellation_type type) const {
    if (type == asio::cancellation_type::none) return;
    auto s = state.lock();
    if (!s || s->done) return;
    if (shielded) {
      s->waiters().cancel(ticket);
    } else if (s->cancel()) {
      count_cancelled_wait();
    }
  }
};

template <typename T>
struct initiate_task_wait {
  std::shared_ptr<task_state<T>> state;
  bool shielded;
  template <typename Handler>
  void operator()(Handler&& handler) const {
    auto& s = *state;
    if (s.done) {
      // Awaiting a task that is already done does not yield in asyncio: dispatch runs the
      // waiter inline when we are on the loop.
      if (s.error) s.retrieved = true;
      complete_at_once(s.executor,
                       [handler = std::forward<Handler>(handler), e = s.error_for_result(),
                        v = *s.value]() mutable { task_state<T>::complete(handler, e, v); });
      return;
    }
    // A cancel kept for this task lands on what it now awaits, as Task.__step cancels the
    // future its coroutine yields while _must_cancel is set.
    bool abandon = false;
    if (auto* self = current_task(); self != nullptr && self->must_cancel) {
      if (shielded || s.cancel()) self->must_cancel = false;
      abandon = shielded;
    }
    loop::note_wait_on(state);
    auto slot = asio::get_associated_cancellation_slot(handler);
    const auto ex = asio::get_associated_executor(handler, s.executor);
    const auto ticket = s.waiters().next_ticket();
    // The task's end wakes the waiter a turn later (asyncio's __wakeup, a done callback); a
    // shield's waiter one turn later still (shield's own done callback resolves its outer
    // future first). A cancel kept for the waiter meanwhile raises CancelledError instead.
    auto resume = [state = state, ticket, shielded = shielded, ex,
                   handler = std::move(handler)](boost::system::error_code ec) mutable {
      state->waiters().remove(ticket);
      if (ec) {  // a shielded wait, abandoned
        task_state<T>::complete(handler, make_cancelled_error(), {});
        return;
      }
      if (state->error) state->retrieved = true;
      auto wake = [state, handler = std::move(handler)]() mutable {
        task_state<T>::complete(
            handler, take_must_cancel() ? make_cancelled_error() : state->error_for_result(),
            *state->value);
      };
      if (shielded) {
        asio::post(state->executor, asio::bind_executor(ex, std::move(wake)));
      } else {
        wake();
      }
    };
    s.waiters().push(asio::bind_executor(ex, std::move(resume)), {});
    if (abandon) {
      s.waiters().cancel(ticket);
    } else if (slot.is_connected()) {
      slot.template emplace<waiter_cancellation<T>>(state, ticket, shielded);
    }
  }
};

}  // namespace detail

template <typename T>
class task {
 public:
  using result_type = T;
  task() = default;
  explicit task(std::shared_ptr<detail::task_state<T>> state) : state_(std::move(state)) {}

  bool done() const { return state_->done; }
  bool cancelled() const { return state_->cancelled(); }
  // task.cancel(msg): the coroutine's current (or next) co_await throws operation_aborted.
  bool cancel(std::optional<std::string> msg = std::nullopt) {
    return state_->cancel(std::move(msg));
  }
  // The message of the last cancel(msg): what CancelledError's args hold inside the task (asio's
  // operation_aborted, which the coroutine catches, has no room for one).
  const std::optional<std::string>& cancel_message() const { return state_->cancel_message; }
  int cancelling() const { return state_->cancels_requested; }
  int uncancel() { return state_->uncancel(); }
  const std::string& get_name() const { return state_->name; }
  void set_name(std::string name) { state_->name = std::move(name); }
  std::uint64_t id() const { return state_->id; }
  std::shared_ptr<detail::task_core> core() const { return state_; }

  // task.result(): the value, or the task's exception rethrown (CancelledError for a cancelled
  // task); invalid_state_error while it runs.
  auto result() const {
    if (!state_->done) throw invalid_state_error("Result is not set.");
    if (state_->error) {
      state_->retrieved = true;
      std::rethrow_exception(state_->error_for_result());
    }
    if constexpr (!std::is_void_v<T>) return *state_->value;
  }
  // task.exception(): the exception, or null; a cancelled task raises CancelledError.
  std::exception_ptr exception() const {
    if (!state_->done) throw invalid_state_error("Exception is not set.");
    if (state_->cancelled()) std::rethrow_exception(state_->error_for_result());
    state_->retrieved = true;
    return state_->error;
  }

  // task.add_done_callback(fn): fn(task) runs on the loop's next turn after the task is done.
  // The number it returns is what remove_done_callback takes.
  std::uint64_t add_done_callback(std::function<void(const task&)> fn) {
    auto& on_done = state_->waiters();
    const auto id = on_done.next_ticket();
    on_done.push(asio::bind_executor(state_->executor,
                                     [state = state_, ticket = id,
                                      fn = std::move(fn)](boost::system::error_code) mutable {
                                       state->waiters().remove(ticket);
                                       fn(task(state));
                                     }),
                 {});
    if (state_->done) on_done.wake_all();
    return id;
  }
  // task.remove_done_callback(fn): 1 when the callback was still to run (it never will), else 0.
  std::size_t remove_done_callback(std::uint64_t id) {
    return state_->on_done ? state_->on_done->remove_pending(id) : 0;
  }

  // `await task`: completes with (exception_ptr, T). Cancelling the wait cancels the task, as in
  // asyncio, and the wait still ends only when the task does.
  template <typename Token>
  auto async_wait(Token&& token) const {
    return asio::async_initiate<Token, detail::task_signature<T>>(
        detail::initiate_task_wait<T>{state_, false}, token);
  }

  // `await asyncio.shield(task)`: cancelling this wait ends it at once, with operation_aborted,
  // and leaves the task running.
  template <typename Token>
  auto async_wait_shielded(Token&& token) const {
    return asio::async_initiate<Token, detail::task_signature<T>>(
        detail::initiate_task_wait<T>{state_, true}, token);
  }

 private:
  std::shared_ptr<detail::task_state<T>> state_;
};

// A task whatever its result type: what asyncio.current_task() and asyncio.all_tasks() give.
class any_task {
 public:
  explicit any_task(std::shared_ptr<detail::task_core> core) : core_(std::move(core)) {}
  template <typename T>
  any_task(const task<T>& t) : core_(t.core()) {}  // NOLINT: a Task is a Task

  bool done() const { return core_->done; }
  bool cancelled() const { return core_->cancelled(); }
  bool cancel(std::optional<std::string> msg = std::nullopt) {
    return core_->cancel(std::move(msg));
  }
  const std::optional<std::string>& cancel_message() const { return core_->cancel_message; }
  int cancelling() const { return core_->cancels_requested; }
  int uncancel() { return core_->uncancel(); }
  const std::string& get_name() const { return core_->name; }
  void set_name(std::string name) { core_->name = std::move(name); }
  friend bool operator==(const any_task& a, const any_task& b) { return a.core_ == b.core_; }

 private:
  std::shared_ptr<detail::task_core> core_;
};

// asyncio.current_task(): the task whose step is running; none in a plain callback.
std::optional<any_task> current_task();
// asyncio.all_tasks(): the running loop's tasks that are not done, in the order they were made
// (asyncio gives a set, in no order).
std::vector<any_task> all_tasks();

namespace detail {

// The bottom frame of a task's coroutine stack, in place of co_spawn's entry point (whose frame,
// with its executors and work guards, is three times the size): it runs the lesson's coroutine
// and ends the task with its outcome, in the step the coroutine ended in, as asyncio's task ends
// (co_spawn would post once more first). A cancellation in asio stays set on the coroutine and
// makes every later co_await throw; a task that catches CancelledError in asyncio carries on
// normally, so the task's coroutine does not throw on it (cancel() reaches the pending wait, or
// is kept as must_cancel). Asio's own detail types, as co_spawn uses them: an
// awaitable_thread_entry_point frame is what a coroutine stack is launched from.
template <typename T>
asio::awaitable<asio::detail::awaitable_thread_entry_point, asio::any_io_executor> task_entry(
    std::shared_ptr<task_state<T>> state, asio::awaitable<T> body) {
  // Keeps the io_context running while the task lives, as co_spawn's work guard does.
  const auto work = asio::prefer(state->executor, asio::execution::outstanding_work.tracked);
  co_await asio::this_coro::throw_if_cancelled(false);
  std::exception_ptr error;
  typename task_state<T>::value_type value{};
  try {
    if constexpr (std::is_void_v<T>) {
      co_await std::move(body);
    } else {
      value = co_await std::move(body);
    }
  } catch (...) {
    error = std::current_exception();
  }
  state->finish(error, std::move(value));
}

template <typename T, typename Initiation, typename Function>
task<T> start_task(Initiation&& /*co_spawn's: the task launches its coroutine itself*/,
                   const use_task_t& token, Function&& function) {
  auto& owner = loop::running();
  // A task runs on its loop, whoever's executor made it.
  auto state = std::make_shared<task_state<T>>(owner.context().get_executor());
  state->id = owner.add_task(state);
  state->name = token.name.empty() ? "Task-" + std::to_string(state->id) : token.name;
  state->record(journal::kind::task_created);
  if (!token.coroutine.empty()) {
    journal::task_event(journal::kind::task_coroutine, state->id, token.coroutine);
  }
  asio::post(state->executor, [state, function = std::forward<Function>(function)]() mutable {
    if (state->cancel_requested) {  // cancelled before it ever ran: its body never runs
      state->finish(make_cancelled_error(), {});
      return;
    }
    state->started = true;
    const step_of step(state.get());
    state->record(journal::kind::task_started);
    // The coroutine runs on its own executor, the loop's marked as this task's; task.cancel()
    // emits on the task's signal, which reaches the operation the coroutine awaits.
    const asio::any_io_executor on_task(
        task_executor<loop_executor_type>(state->executor, state.get()));
    const auto slot = state->signal.slot();
    asio::detail::awaitable_thread<asio::any_io_executor>(task_entry<T>(state, function()), on_task,
                                                          slot, asio::cancellation_state(slot))
        .launch();
  });
  return task<T>(std::move(state));
}

}  // namespace detail
}  // namespace course

template <typename T>
struct boost::asio::async_result<course::use_task_t, void(std::exception_ptr, T)> {
  using return_type = course::task<T>;
  template <typename Initiation, typename... Args>
  static return_type initiate(Initiation&& initiation, const course::use_task_t& token,
                              Args&&... args) {
    return course::detail::start_task<T>(std::forward<Initiation>(initiation), token,
                                         std::forward<Args>(args)...);
  }
};

template <>
struct boost::asio::async_result<course::use_task_t, void(std::exception_ptr)> {
  using return_type = course::task<void>;
  template <typename Initiation, typename... Args>
  static return_type initiate(Initiation&& initiation, const course::use_task_t& token,
                              Args&&... args) {
    return course::detail::start_task<void>(std::forward<Initiation>(initiation), token,
                                            std::forward<Args>(args)...);
  }
};

// The co_spawn instantiations the runtime compiles once for every lesson.
#include "course/detail/task_instances.hpp"
