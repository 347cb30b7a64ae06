// Lesson: wait_for. asyncio.wait_for(task, timeout=4) waits at most 4 s; at the timeout it cancels
// the task, waits for the cancellation to finish, and raises TimeoutError. It ends on the task's
// first completion, whether the task succeeds or fails.
//
// course::wait_for is that, written as asyncio's is (common/include/course/wait_for.hpp). The
// race in Asio's own terms is the second program's: a parallel group of the task's wait and a
// timer, waited with wait_for_one(), which ends on the first completion of either, success or
// failure. Asio's `task_wait || timer_wait` looks like it but is wait_for_one_success: a task
// that fails at 1 s does not end the race, the timer wins at 4 s, and the error is lost.
#include <course/names.hpp>

#include <boost/asio/deferred.hpp>
#include <boost/asio/experimental/parallel_group.hpp>

#include <stdexcept>

using namespace std::chrono_literals;

// 003 设置超时并使用`wait_for`执行取消
namespace wait_for_timeout {

awaitable<void> async_main() {
  auto ex = co_await asio::this_coro::executor;
  auto long_task = co_spawn(ex, course::delay(10), use_task.of("delay"));
  try {
    auto wait = course::wait_for(long_task, 4);
    int result = co_await std::move(wait);
    print(result);
  } catch (const course::timeout_error&) {
    print("任务超时");
  }
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "wait_for",
    .note = course::note_003,
    .section = "设置超时并使用`wait_for`执行取消",
    .run = program,
    .claims = {course::printed_at("睡10秒", 0), course::printed_at("任务超时", 4),
               course::task_cancelled_at("Task-2", 4), course::ends_at(4)}};

}  // namespace wait_for_timeout

// The course's own program: the task fails before the timeout.
// The Python: first_completion.py beside this file.
namespace first_completion {

awaitable<int> fail_after(double seconds) {
  co_await course::sleep(seconds);
  throw std::invalid_argument("查询失败");
}

awaitable<void> async_main() {
  auto ex = co_await asio::this_coro::executor;
  auto task = co_spawn(ex, fail_after(1), use_task.of("fail_after"));
  course::timer timeout(ex, 4s);
  // The race ends on the first completion: `||` would wait for the first success, the timer's.
  auto race = asio::experimental::make_parallel_group(task.async_wait(asio::deferred),
                                                      timeout.async_wait(asio::deferred));
  auto [order, error, result, timer_error] =
      co_await race.async_wait(asio::experimental::wait_for_one(), use_awaitable);
  if (order[0] == 1) {
    print("任务超时");
  } else if (error) {
    try {
      std::rethrow_exception(error);
    } catch (const std::invalid_argument& e) {
      print(std::string("任务失败: ") + e.what());
    }
  }
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "first_completion",
    .note = course::note_003,
    .section = "设置超时并使用`wait_for`执行取消",
    .ordinal = course::course_own,
    .run = program,
    .claims = {course::printed_at("任务失败: 查询失败", 1), course::ends_at(1)},
    .remark = N_("a parallel group waited with wait_for_one() ends on the first completion; "
                 "`task_wait || timer_wait` would end at 4 s with 任务超时, the error lost")};

}  // namespace first_completion

int main(int argc, char** argv) {
  return course::lesson_main(
      argc, argv,
      {.name = "wait_for",
       .teaches = N_("course::wait_for(task, 4), or a parallel group with wait_for_one() (not ||)"),
       .programs = {wait_for_timeout::descriptor, first_completion::descriptor}});
}
