// Lesson: gather's errors. Without return_exceptions, gather passes the first error (or
// cancellation) of a job to its awaiter at once, and the other jobs run on (the gather lesson's
// one_fails). With return_exceptions=True it waits for every job, and each job's error, a
// cancellation included, takes its place in the list of results.
//
// course::gather(course::return_exceptions, ...) gives a std::vector<course::outcome<T>>: each
// job's value, or its exception_ptr, in argument order (a C++ vector holds one type, where a
// Python list holds results and exceptions side by side).
#include <course/names.hpp>

#include <stdexcept>
#include <string>
#include <vector>

// The Python's list comprehension: a result, or the name of its exception (and its message).
std::vector<std::string> shown(const std::vector<course::outcome<std::string>>& results,
                               bool with_message) {
  std::vector<std::string> out;
  for (const auto& r : results) {
    if (!r.error) {
      out.push_back(*r.value);
    } else {
      out.push_back(course::py::exception_name(r.error) +
                    (with_message ? ": " + course::py::exception_message(r.error) : ""));
    }
  }
  return out;
}

// The Python: return_exceptions.py beside this file.
namespace return_exceptions {

awaitable<std::string> job(std::string name, double seconds, bool fail) {
  co_await course::sleep(seconds);
  if (fail) throw std::invalid_argument(name + " failed");  // ValueError
  print(name + " done");
  co_return name;
}

awaitable<void> async_main() {
  auto all = course::gather(course::return_exceptions, job("a", 1, false), job("b", 2, true),
                            job("c", 3, false));
  auto results = co_await std::move(all);
  print(course::py::list(shown(results, true)));
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "return_exceptions",
    .note = course::beyond_the_notes,
    .section = "asyncio.gather(return_exceptions=True)",
    .ordinal = course::course_own,
    .run = program,
    .claims = {printed_at("a done", 1), printed_at("c done", 3),
               printed_at("['a', 'ValueError: b failed', 'c']", 3), course::ends_at(3)}};

}  // namespace return_exceptions

// The Python: cancelled_child.py beside this file.
namespace cancelled_child {

awaitable<std::string> job(std::string name, double seconds) {
  co_await course::sleep(seconds);
  print(name + " done");
  co_return name;
}

awaitable<void> async_main() {
  auto ex = co_await asio::this_coro::executor;
  auto slow = co_spawn(ex, job("slow", 5), use_task.of("job"));
  auto quick = co_spawn(ex, job("quick", 2), use_task.of("job"));
  course::call_later(ex, 1, [slow]() mutable { slow.cancel(); });
  auto all = course::gather(course::return_exceptions, slow, quick);
  auto results = co_await std::move(all);
  print(course::py::list(shown(results, false)));
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "cancelled_child",
    .note = course::beyond_the_notes,
    .section = "asyncio.gather(return_exceptions=True), a job cancelled",
    .ordinal = course::course_own,
    .run = program,
    .claims = {printed_at("quick done", 2), printed_at("['CancelledError', 'quick']", 2),
               course::ends_at(2)}};

}  // namespace cancelled_child

int main(int argc, char** argv) {
  return course::lesson_main(
      argc, argv,
      {.name = "gather_errors",
       .teaches = N_("course::gather(course::return_exceptions, ...): each job's outcome"),
       .programs = {return_exceptions::descriptor, cancelled_child::descriptor}});
}
