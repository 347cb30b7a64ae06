// Lesson: streams. asyncio.open_connection and asyncio.start_server give a connection as two
// objects, a StreamReader (readline, read, readexactly) and a StreamWriter (write, drain, close),
// and every wait on them lets the loop run other tasks, as a sleep does.
//
// asio's own sockets are the ground floor: socket.async_read_some and asio::async_write, which
// the course's streams (common/src/streams.cpp) wrap to give asyncio's objects: a buffer that
// readline reads from, a write that never waits, a drain that waits only while much is buffered,
// and a task per connection to the server. The address is 127.0.0.1 and port 0 (the system picks
// a free one), so nothing outside the machine is needed or reachable.
#include <course/names.hpp>

#include <string>

using course::stream_reader;
using course::stream_writer;

// The text of a line: data.decode().rstrip()
std::string rstrip(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' ')) s.pop_back();
  return s;
}

// The Python: echo.py beside this file.
namespace echo {

awaitable<void> handle_echo(stream_reader reader, stream_writer writer) {
  std::string data = co_await reader.readline();
  print("server: received " + course::py::repr(rstrip(data)));
  co_await course::sleep(1);
  writer.write(data);
  co_await writer.drain();
  writer.close();
  co_await writer.wait_closed();
}

awaitable<void> async_main() {
  auto server = co_await course::start_server(handle_echo, "127.0.0.1", 0);
  const auto port = server.port();
  auto [reader, writer] = co_await course::open_connection("127.0.0.1", port);
  writer.write("hello\n");
  co_await writer.drain();
  print("client: sent hello");
  std::string data = co_await reader.readline();
  print("client: received " + course::py::repr(rstrip(data)));
  std::string rest = co_await reader.read();
  print("client: at the end of the stream:", rest.empty());
  writer.close();
  co_await writer.wait_closed();
  server.close();
  co_await server.wait_closed();
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "echo",
    .note = course::beyond_the_notes,
    .section = "asyncio.open_connection(), asyncio.start_server()",
    .ordinal = course::course_own,
    .run = program,
    .claims = {printed_at("server: received", 0), printed_at("client: received", 1),
               course::ends_at(1)}};

}  // namespace echo

// The Python: many_clients.py beside this file.
namespace many_clients {

awaitable<void> handle(stream_reader reader, stream_writer writer) {
  std::string name = rstrip(co_await reader.readline());
  co_await course::sleep(1);
  writer.write("hello, " + name + "\n");
  co_await writer.drain();
  writer.close();
}

awaitable<void> client(unsigned short port, std::string name) {
  auto [reader, writer] = co_await course::open_connection("127.0.0.1", port);
  writer.write(name + "\n");
  co_await writer.drain();
  std::string answer = rstrip(co_await reader.readline());
  print(name + ": " + answer);
  writer.close();
  co_await writer.wait_closed();
}

awaitable<void> async_main() {
  auto server = co_await course::start_server(handle, "127.0.0.1", 0);
  const auto port = server.port();
  auto all = course::gather(client(port, "a"), client(port, "b"), client(port, "c"));
  co_await std::move(all);
  server.close();
  print("all answered");
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "many_clients",
    .note = course::beyond_the_notes,
    .section = "many connections at once",
    .ordinal = course::course_own,
    .run = program,
    .claims = {printed_at("c: hello, c", 1), printed_at("all answered", 1), course::ends_at(1)}};

}  // namespace many_clients

// The Python: errors.py beside this file.
namespace errors {

awaitable<void> say_hi_and_hang_up(stream_reader, stream_writer writer) {
  writer.write("hi");
  co_await writer.drain();
  writer.close();
}

awaitable<void> async_main() {
  auto server = co_await course::start_server(say_hi_and_hang_up, "127.0.0.1", 0);
  const auto port = server.port();
  auto [reader, writer] = co_await course::open_connection("127.0.0.1", port);
  try {
    co_await reader.readexactly(5);
  } catch (const course::incomplete_read_error& e) {
    print(std::string("IncompleteReadError: ") + e.what() + "; partial b" +
          course::py::repr(e.partial()));
  }
  writer.close();
  server.close();
  co_await server.wait_closed();
  try {
    co_await course::open_connection("127.0.0.1", port);
  } catch (const course::os_error& e) {
    print("ConnectionRefusedError: errno " + std::to_string(e.error_number()) +
          ", nobody listens any more");
  }
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "errors",
    .note = course::beyond_the_notes,
    .section = "ConnectionRefusedError, IncompleteReadError",
    .ordinal = course::course_own,
    .run = program,
    .claims = {printed_at("IncompleteReadError", 0), printed_at("ConnectionRefusedError", 0),
               course::ends_at(0)}};

}  // namespace errors

int main(int argc, char** argv) {
  return course::lesson_main(
      argc, argv,
      {.name = "streams",
       .teaches =
           N_("course::open_connection and start_server: asyncio's streams over asio sockets"),
       .programs = {echo::descriptor, many_clients::descriptor, errors::descriptor}});
}
