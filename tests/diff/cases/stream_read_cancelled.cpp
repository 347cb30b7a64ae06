// A task waiting in readline() is cancelled like any waiting task: CancelledError, once. The
// stream stays usable: a later readline() gets the line that comes after.
#include "../diff_case.hpp"

#include <course/streams.hpp>
namespace stream_read_cancelled {

using course::stream_reader;
using course::stream_writer;

std::string bytes(const std::string& s) { return "b" + course::py::repr(s); }

awaitable<void> send_late(stream_reader, stream_writer writer) {
  co_await course::sleep(2);
  writer.write("late line\n");
  co_await writer.drain();
  writer.close();
}

awaitable<std::string> read_one(stream_reader reader) {
  try {
    co_return co_await reader.readline();
  } catch (const boost::system::system_error&) {
    print("readline cancelled");
  }
  co_await course::sleep(0.5);  // the cancel was delivered once: this sleep is not cancelled
  print("cleanup done");
  throw boost::system::system_error(asio::error::operation_aborted);  // raise
}

DIFF_CASE(stream_read_cancelled) {
  auto ex = co_await asio::this_coro::executor;
  auto server = co_await course::start_server(send_late, "127.0.0.1", 0);
  auto [reader, writer] = co_await course::open_connection("127.0.0.1", server.port());
  auto t = co_spawn(ex, read_one(reader), use_task);
  co_await course::sleep(1);
  t.cancel();
  try {
    co_await t.async_wait(use_awaitable);
  } catch (const boost::system::system_error&) {
    print("task cancelled:", t.cancelled());
  }
  print("next readline:", bytes(co_await reader.readline()));
  std::string rest = co_await reader.read();
  print("then:", bytes(rest), reader.at_eof());
  writer.close();
  server.close();
}
}  // namespace stream_read_cancelled
