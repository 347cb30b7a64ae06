// Lesson: coroutine objects. Calling a coroutine function runs none of its body: it makes a
// coroutine object, and only awaiting it (or making it a task) runs it.
//
// The same holds for a function returning asio::awaitable<T>: the call allocates the coroutine's
// frame, copies the arguments into it, and suspends before the first statement. An awaitable that
// is never awaited is destroyed with its frame, its body never run. Python warns about that when
// the object is collected ("coroutine '...' was never awaited"); C++ can tell you less, and only
// at compile time: asio::awaitable is [[nodiscard]], so a call whose result is dropped on the
// floor (`coroutine_add_one(1);`) is a warning (an error with this project's -Werror), but an
// awaitable kept in a variable and never awaited, as below, passes silently at compile time and
// at run time. Each program says so on stderr where Python prints its RuntimeWarning.
#include <course/names.hpp>

#include <cstdio>

// What the C++ says where CPython writes its RuntimeWarning to stderr.
void never_awaited(const char* name) {
  std::fflush(stdout);
  std::fprintf(stderr,
               "(CPython warns here: RuntimeWarning: coroutine '%s' was never awaited. C++ says "
               "nothing: the awaitable is destroyed with its frame, its body never run.)\n",
               name);
}

// 003 创建协程
namespace create_coroutine {

awaitable<void> my_coroutine() {
  print("hello world");
  co_return;
}

void program() {}  // the note's program only defines my_coroutine: nothing runs, nothing prints

const course::program descriptor = {.variant = "create_coroutine",
                                    .note = course::note_003,
                                    .section = "创建协程",
                                    .run = program,
                                    .claims = {course::ends_at(0)}};

}  // namespace create_coroutine

// 003 比较普通函数
namespace compare_function {

awaitable<int> coroutine_add_one(int number) { co_return number + 1; }

int add_one(int number) { return number + 1; }

void main_block() {
  int res = add_one(1);
  auto coro_res = coroutine_add_one(res);
  print(res);
  print(course::py::object("awaitable<int>", "coroutine_add_one", &coro_res));
  never_awaited("coroutine_add_one");
}

// The note's code block holds the program twice over, and CPython runs both copies.
void program() {
  main_block();
  main_block();
}

const course::program descriptor = {
    .variant = "compare_function",
    .note = course::note_003,
    .section = "比较普通函数",
    .run = program,
    .claims = {course::printed_at("2", 0), course::printed_at("<awaitable<int> object", 0),
               course::printed_at("2", 0).nth(2), course::ends_at(0)},
    .erratum = N_("the note's code block holds the program twice over, so CPython prints "
                  "its two lines twice; the note shows them once. Python's object line reads "
                  "<coroutine object coroutine_add_one at 0x...>: the type name is the C++ "
                  "one here.")};

}  // namespace compare_function

// 004 Coroutine和Task, second program
namespace coo {

awaitable<void> async_main() {
  print("hello");
  co_await course::sleep(1);
  print("world");
}

void program() {
  auto coo = async_main();
  never_awaited("main");
}

const course::program descriptor = {
    .variant = "coo",
    .note = course::note_004,
    .section = "Coroutine和Task",
    .ordinal = 2,
    .run = program,
    .claims = {course::ends_at(0), course::tasks_created(0)},
    .erratum = N_("the note shows two warning lines; CPython 3.11 prints only the first, "
                  "sys:1: RuntimeWarning: coroutine 'main' was never awaited. The second, "
                  "Enable tracemalloc to get the object allocation traceback, follows "
                  "only when the coroutine is collected while the program runs, not at "
                  "its exit.")};

}  // namespace coo

int main(int argc, char** argv) {
  return course::lesson_main(
      argc, argv,
      {.name = "coroutine_objects",
       .teaches =
           N_("a call to a function returning asio::awaitable<T> runs nothing until awaited"),
       .programs = {create_coroutine::descriptor, compare_function::descriptor, coo::descriptor}});
}
