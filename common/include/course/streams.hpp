// asyncio's streams over TCP: open_connection, start_server, StreamReader and StreamWriter.
//
//   auto [reader, writer] = co_await course::open_connection("127.0.0.1", port);
//   writer.write("hello\n");                       // writer.write(b'hello\n')
//   co_await writer.drain();                       // await writer.drain()
//   std::string line = co_await reader.readline(); // await reader.readline()
//   writer.close();
//   co_await writer.wait_closed();
//
//   auto server = co_await course::start_server(handle_echo, "127.0.0.1", 0);
//   server.port();                                 // server.sockets[0].getsockname()[1]
//
// Bytes are std::string. As asyncio's: write() sends at once what the socket takes and buffers
// the rest; drain() waits only while more than 64 KiB is buffered, until 16 KiB or less is; a
// read at the end of the stream returns what is left ("" when nothing is). Each connection to a
// server runs its client_connected_cb as a task of its own. A cancel reaches a pending read,
// connect or drain as it reaches any course wait. Errors are Python's: ConnectionRefusedError
// (os_error) from open_connection, IncompleteReadError from readexactly.
//
// Host names other than numeric addresses are resolved before connecting, on the loop's thread
// (asyncio asks getaddrinfo on a thread); the lessons use 127.0.0.1. In virtual time the loop
// polls the sockets in every turn, and jumps to the next timer only when nothing is ready, as
// vloop.py's selector does; a server waiting for connections with no timer pending is a stall.
#pragma once

#include "course/asio.hpp"

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

namespace course {

namespace detail {
struct stream;
struct listener;
}  // namespace detail

class stream_reader {
 public:
  // readline(): up to and including the next "\n", or what is left at the end of the stream.
  asio::awaitable<std::string> readline();
  // read(n): up to n bytes, as soon as there are any; read() or read(-1): all, up to the end.
  asio::awaitable<std::string> read(long n = -1);
  // readexactly(n): n bytes, or incomplete_read_error when the stream ends first.
  asio::awaitable<std::string> readexactly(std::size_t n);
  // at_eof(): the stream has ended and every byte of it was read.
  bool at_eof() const;

 private:
  friend struct detail::stream;
  explicit stream_reader(std::shared_ptr<detail::stream> s) : s_(std::move(s)) {}
  std::shared_ptr<detail::stream> s_;
};

class stream_writer {
 public:
  void write(std::string_view data);
  asio::awaitable<void> drain();
  // close(): the connection closes once what is buffered has been sent (a loop turn later at
  // the earliest, as the transport's connection_lost comes); wait_closed() waits for it.
  void close();
  bool is_closing() const;
  asio::awaitable<void> wait_closed();

 private:
  friend struct detail::stream;
  explicit stream_writer(std::shared_ptr<detail::stream> s) : s_(std::move(s)) {}
  std::shared_ptr<detail::stream> s_;
};

// asyncio.Server: listening until close().
class server {
 public:
  unsigned short port() const;  // the port it listens on (port 0 asks for a free one)
  bool is_serving() const;
  void close();  // stops listening; the connections it made go on
  asio::awaitable<void> wait_closed();

 private:
  friend asio::awaitable<server> start_server(
      std::function<asio::awaitable<void>(stream_reader, stream_writer)>, std::string,
      unsigned short);
  explicit server(std::shared_ptr<detail::listener> l) : l_(std::move(l)) {}
  std::shared_ptr<detail::listener> l_;
};

using client_connected_cb = std::function<asio::awaitable<void>(stream_reader, stream_writer)>;

// asyncio.open_connection(host, port).
asio::awaitable<std::pair<stream_reader, stream_writer>> open_connection(std::string host,
                                                                         unsigned short port);
// asyncio.start_server(cb, host, port).
asio::awaitable<server> start_server(client_connected_cb cb, std::string host, unsigned short port);

}  // namespace course
