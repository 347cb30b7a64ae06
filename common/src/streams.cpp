#include "course/streams.hpp"

#include "course/errors.hpp"
#include "course/event.hpp"
#include "course/loop.hpp"
#include "course/task.hpp"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <optional>

namespace course {

using asio::ip::tcp;

namespace detail {
namespace {

// A socket operation made a course wait: a cancel that reaches it while it is pending counts as
// a cancelled wait (so the task keeps no second request, task.hpp), and a cancel kept for the
// task while its completion was on its way turns a success into operation_aborted. start(token)
// begins the asio operation with the completion token it is given.
template <typename Start>
struct initiate_socket_wait {
  Start start;
  template <typename Handler>
  void operator()(Handler handler, const asio::any_io_executor& io) {
    auto slot = asio::get_associated_cancellation_slot(handler);
    auto inner = std::make_shared<asio::cancellation_signal>();
    if (slot.is_connected()) {
      slot.assign([inner](asio::cancellation_type type) {
        count_cancelled_wait();
        inner->emit(type);
      });
    }
    const auto ex = asio::get_associated_executor(handler, io);
    start(asio::bind_cancellation_slot(
        inner->slot(),
        asio::bind_executor(ex, [handler = std::move(handler), inner](boost::system::error_code ec,
                                                                      auto... result) mutable {
          asio::get_associated_cancellation_slot(handler).clear();
          if (!ec && take_must_cancel()) ec = asio::error::operation_aborted;
          std::move(handler)(ec, std::move(result)...);
        })));
  }
};

template <typename Signature, typename Start, typename Token>
auto socket_wait(const asio::any_io_executor& io, Start start, Token&& token) {
  return asio::async_initiate<Token, Signature>(initiate_socket_wait<Start>{std::move(start)},
                                                token, io);
}

constexpr std::size_t high_water = 64 * 1024;  // asyncio's transport limits
constexpr std::size_t low_water = 16 * 1024;

std::string address_text(const tcp::endpoint& e) {
  return "('" + e.address().to_string() + "', " + std::to_string(e.port()) + ")";
}

tcp::endpoint endpoint_of(const std::string& host, unsigned short port) {
  boost::system::error_code ec;
  const auto address = asio::ip::make_address(host, ec);
  if (!ec) return {address, port};
  // A name: resolved here, at once (asyncio resolves on a thread of its default executor).
  asio::io_context resolving;
  tcp::resolver resolver(resolving);
  const auto found = resolver.resolve(host, std::to_string(port), ec);
  if (ec || found.empty()) {
    throw os_error(-2, "Name or service not known");  // socket.gaierror
  }
  return *found.begin();
}

}  // namespace

// One connection, shared by its reader and its writer.
struct stream : std::enable_shared_from_this<stream> {
  stream(tcp::socket s, const asio::any_io_executor& loop_ex)
      : counted(loop::running()),
        socket(std::move(s)),
        io(loop_ex),
        drained(loop_ex),
        closed(loop_ex) {
    drained.set();
  }

  loop::open_socket counted;
  tcp::socket socket;
  asio::any_io_executor io;
  // Reading.
  std::string buffer;
  std::array<char, 64 * 1024> chunk{};
  bool eof = false;
  // Writing.
  std::string out;            // written, not yet handed to the socket
  std::size_t in_flight = 0;  // handed to the socket, not yet sent
  bool sending = false;
  bool closing = false;
  std::optional<boost::system::error_code> write_error;
  event drained;  // set while 64 KiB or less is buffered
  event closed;

  std::pair<stream_reader, stream_writer> ends() {
    return {stream_reader(shared_from_this()), stream_writer(shared_from_this())};
  }

  // Reads what the socket has into buffer, waiting for it if need be.
  asio::awaitable<void> fill() {
    auto read = socket_wait<void(boost::system::error_code, std::size_t)>(
        io, [this](auto token) { socket.async_read_some(asio::buffer(chunk), std::move(token)); },
        asio::as_tuple(asio::use_awaitable));
    auto [ec, n] = co_await std::move(read);
    buffer.append(chunk.data(), n);
    if (!ec) co_return;
    if (ec == asio::error::operation_aborted && !closing) {
      throw boost::system::system_error(ec);  // the task was cancelled
    }
    eof = true;  // the peer closed (or reset) the connection, or this side closed it
    if (ec == asio::error::connection_reset) throw os_error(ECONNRESET, "Connection reset by peer");
  }

  std::size_t buffered() const { return out.size() + in_flight; }

  void send_more() {
    if (sending || out.empty() || write_error) return;
    sending = true;
    auto data = std::make_shared<std::string>(std::move(out));
    out.clear();
    in_flight = data->size();
    asio::async_write(socket, asio::buffer(*data),
                      [self = shared_from_this(), data](boost::system::error_code ec, std::size_t) {
                        self->sent(ec);
                      });
  }

  void sent(boost::system::error_code ec) {
    sending = false;
    in_flight = 0;
    if (ec) write_error = ec;
    if (write_error || buffered() <= low_water) drained.set();
    if (!out.empty() && !write_error) {
      send_more();
    } else if (closing) {
      finish_close();
    }
  }

  void write(std::string_view data) {
    if (closing || write_error) return;  // as a closed transport's write: nothing is sent
    out.append(data);
    send_more();
    if (buffered() > high_water) drained.clear();
  }

  void close() {
    if (closing) return;
    closing = true;
    if (!sending) {
      // The transport's connection_lost comes on the next turn.
      asio::post(io, [self = shared_from_this()] { self->finish_close(); });
    }
  }

  void finish_close() {
    if (closed.is_set()) return;
    boost::system::error_code ignored;
    socket.shutdown(tcp::socket::shutdown_both, ignored);
    socket.close(ignored);
    drained.set();
    closed.set();
  }
};

struct listener : std::enable_shared_from_this<listener> {
  listener(const asio::any_io_executor& loop_ex, client_connected_cb callback)
      : counted(loop::running()), io(loop_ex), acceptor(loop_ex), cb(std::move(callback)) {}

  loop::open_socket counted;
  asio::any_io_executor io;
  tcp::acceptor acceptor;
  client_connected_cb cb;
  event closed{io};

  void accept_next() {
    acceptor.async_accept(
        [self = shared_from_this()](boost::system::error_code ec, tcp::socket socket) {
          if (ec) return;  // closed
          auto s = std::make_shared<stream>(std::move(socket), self->io);
          auto [reader, writer] = s->ends();
          // Each connection's callback is a task of its own, as asyncio creates one.
          asio::co_spawn(self->io, self->cb(std::move(reader), std::move(writer)), use_task);
          self->accept_next();
        });
  }
};

}  // namespace detail

asio::awaitable<std::string> stream_reader::readline() {
  auto& s = *s_;
  for (;;) {
    if (const auto newline = s.buffer.find('\n'); newline != std::string::npos) {
      std::string line = s.buffer.substr(0, newline + 1);
      s.buffer.erase(0, newline + 1);
      co_return line;
    }
    if (s.eof) co_return std::exchange(s.buffer, {});
    co_await s.fill();
  }
}

asio::awaitable<std::string> stream_reader::read(long n) {
  auto& s = *s_;
  if (n == 0) co_return std::string();
  if (n < 0) {
    while (!s.eof) co_await s.fill();
    co_return std::exchange(s.buffer, {});
  }
  if (s.buffer.empty() && !s.eof) co_await s.fill();
  const auto take = std::min(s.buffer.size(), static_cast<std::size_t>(n));
  std::string data = s.buffer.substr(0, take);
  s.buffer.erase(0, take);
  co_return data;
}

asio::awaitable<std::string> stream_reader::readexactly(std::size_t n) {
  auto& s = *s_;
  while (s.buffer.size() < n) {
    if (s.eof) throw incomplete_read_error(std::exchange(s.buffer, {}), n);
    co_await s.fill();
  }
  std::string data = s.buffer.substr(0, n);
  s.buffer.erase(0, n);
  co_return data;
}

bool stream_reader::at_eof() const { return s_->eof && s_->buffer.empty(); }

void stream_writer::write(std::string_view data) { s_->write(data); }

asio::awaitable<void> stream_writer::drain() {
  auto& s = *s_;
  if (s.write_error) throw os_error(ECONNRESET, "Connection lost", os_error::errno_shown::no);
  if (s.drained.is_set()) co_return;  // not paused: asyncio's drain does not yield either
  auto wait = s.drained.async_wait(asio::use_awaitable);
  co_await std::move(wait);
  if (s.write_error) throw os_error(ECONNRESET, "Connection lost", os_error::errno_shown::no);
}

void stream_writer::close() { s_->close(); }
bool stream_writer::is_closing() const { return s_->closing; }

asio::awaitable<void> stream_writer::wait_closed() {
  auto wait = s_->closed.async_wait(asio::use_awaitable);
  co_await std::move(wait);
}

unsigned short server::port() const { return l_->acceptor.local_endpoint().port(); }
bool server::is_serving() const { return l_->acceptor.is_open(); }

void server::close() {
  if (!l_->acceptor.is_open()) return;
  boost::system::error_code ignored;
  l_->acceptor.close(ignored);
  l_->closed.set();
}

asio::awaitable<void> server::wait_closed() {
  auto wait = l_->closed.async_wait(asio::use_awaitable);
  co_await std::move(wait);
}

asio::awaitable<std::pair<stream_reader, stream_writer>> open_connection(std::string host,
                                                                         unsigned short port) {
  const auto io = detail::loop_executor(co_await asio::this_coro::executor);
  const auto target = detail::endpoint_of(host, port);
  const loop::open_socket counted(loop::running());
  tcp::socket socket(io);
  auto connect = detail::socket_wait<void(boost::system::error_code)>(
      io, [&socket, target](auto token) { socket.async_connect(target, std::move(token)); },
      asio::as_tuple(asio::use_awaitable));
  auto [ec] = co_await std::move(connect);
  if (ec == asio::error::operation_aborted) throw boost::system::system_error(ec);
  if (ec) {
    throw os_error(ec.value(), "Connect call failed " + detail::address_text(target));
  }
  auto s = std::make_shared<detail::stream>(std::move(socket), io);
  co_return s->ends();
}

asio::awaitable<server> start_server(client_connected_cb cb, std::string host,
                                     unsigned short port) {
  const auto io = detail::loop_executor(co_await asio::this_coro::executor);
  const auto at = detail::endpoint_of(host, port);
  auto l = std::make_shared<detail::listener>(io, std::move(cb));
  boost::system::error_code ec;
  l->acceptor.open(at.protocol(), ec);
  if (!ec) l->acceptor.set_option(tcp::acceptor::reuse_address(true), ec);
  if (!ec) l->acceptor.bind(at, ec);
  if (!ec) l->acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) {
    std::string reason = ec.message();  // strerror, which asyncio puts in lower case
    for (auto& c : reason) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    throw os_error(ec.value(), "error while attempting to bind on address " +
                                   detail::address_text(at) + ": " + reason);
  }
  l->accept_next();
  co_return server(std::move(l));
}

}  // namespace course
