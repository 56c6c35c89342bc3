package org.gongkai.disclosure.preview;

import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A small HTTP/1.1 server on {@code 127.0.0.1}, for the preview alone: one request per connection, GET and HEAD
 * only, and only when addressed to this server by name. Each connection has a deadline for its request line and
 * headers and a bound on their size, so that clients which never finish cannot keep the others waiting.
 * <p>
 * Written instead of using the JDK's {@code HttpServer}, whose few threads wait without a limit for the headers of
 * slow clients, and whose limits are set only through global system properties.
 */
final class LoopbackHttpServer implements AutoCloseable {

    /** The longest request line and headers read; browsers send a few hundred bytes. */
    static final int MAX_HEAD_BYTES = 8 * 1024;
    private static final int THREADS = 32;
    /** Connections accepted while every thread is busy; past these a new one is closed at once. */
    private static final int WAITING = 64;
    /** How long a client may take to close its side once answered, so that the answer is not lost to a reset. */
    private static final Duration LINGER = Duration.ofSeconds(1);

    /** Answers a request that is well formed and addressed to this server. */
    interface Handler {
        Response answer(RequestPath path) throws IOException;
    }

    /** The texts of the catalog, in the language of the run's messages. */
    interface Texts {
        String say(String key, Object... args);
    }

    private final ServerSocket listening;
    private final Duration headTimeout;
    private final Handler handler;
    private final Texts texts;
    private final Consumer<Exception> onFailure;
    private final Set<String> ownHosts;
    private final ThreadPoolExecutor workers;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    /**
     * Listens on {@code 127.0.0.1:port} (0 for any free port) and answers on a pool of daemon threads.
     *
     * @param headTimeout how long a client may take to send its request line and headers
     * @param onFailure   told of any failure of the handler; the client gets a short 500 answer
     * @throws java.net.BindException if the port is in use
     */
    LoopbackHttpServer(int port, Duration headTimeout, Handler handler, Texts texts, Consumer<Exception> onFailure)
            throws IOException {
        this.headTimeout = headTimeout;
        this.handler = handler;
        this.texts = texts;
        this.onFailure = onFailure;
        this.listening = new ServerSocket();
        try {
            listening.bind(new InetSocketAddress(loopback(), port));
        } catch (IOException e) {
            listening.close();
            throw e;
        }
        this.ownHosts = ownHosts(listening.getLocalPort());
        this.workers = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(WAITING), daemon("gongkai-preview-http"));
        daemon("gongkai-preview-accept").newThread(this::acceptConnections).start();
    }

    int port() {
        return listening.getLocalPort();
    }

    /** Stops listening and drops every open connection. */
    @Override
    public void close() {
        closeQuietly(listening);
        workers.shutdownNow();
        open.forEach(LoopbackHttpServer::closeQuietly);
    }

    private static InetAddress loopback() throws UnknownHostException {
        // Not getLoopbackAddress(), which may be ::1: the address printed, and checked in Host, is 127.0.0.1.
        return InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
    }

    /** The Host values that name this server; a browser leaves out port 80. */
    private static Set<String> ownHosts(int port) {
        return port == 80 ? Set.of("127.0.0.1:80", "localhost:80", "127.0.0.1", "localhost")
                : Set.of("127.0.0.1:" + port, "localhost:" + port);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private void acceptConnections() {
        while (!listening.isClosed()) {
            Socket connection;
            try {
                connection = listening.accept();
            } catch (IOException e) {
                if (listening.isClosed() || !pause()) {
                    return;
                }
                continue; // e.g. out of file handles for a moment
            }
            open.add(connection);
            try {
                workers.execute(() -> serve(connection));
            } catch (RejectedExecutionException e) {
                // Every thread busy and many waiting, or closing: refused now rather than left waiting.
                open.remove(connection);
                closeQuietly(connection);
            }
        }
    }

    private static boolean pause() {
        try {
            Thread.sleep(100);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            Response response;
            boolean headOnly = false;
            try {
                Request request = Request.parse(readHead(connection));
                headOnly = request.method().equals("HEAD");
                response = answer(request);
            } catch (RejectedRequest e) {
                response = Response.text(e.status(), texts.say(e.key(), e.args()));
            } catch (SocketTimeoutException e) {
                response = Response.text(408, texts.say("serve.http.timeout", headTimeout.toSeconds()));
            }
            send(connection, response, headOnly);
            finish(connection);
        } catch (IOException e) {
            // The client went away or reset the connection: there is no one left to answer.
        } finally {
            open.remove(connection);
        }
    }

    private Response answer(Request request) throws RejectedRequest {
        if (request.host() == null || !ownHosts.contains(request.host().toLowerCase(Locale.ROOT))) {
            // Sent to another name: a page of another site that reached this port through DNS rebinding, or
            // a client that is not this preview's. Neither gets a byte of the drafts.
            return Response.text(421, texts.say("serve.http.misdirected", "http://127.0.0.1:" + port() + "/"));
        }
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            byte[] why = texts.say("serve.http.methodNotAllowed").getBytes(StandardCharsets.UTF_8);
            return new Response(405, Response.TEXT, why, Map.of("Allow", "GET, HEAD"));
        }
        RequestPath path = RequestPath.parse(request.target());
        try {
            return handler.answer(path);
        } catch (IOException | RuntimeException e) {
            onFailure.accept(e);
            return Response.text(500, texts.say("serve.http.failed"));
        }
    }

    /**
     * Reads up to the blank line after the headers, within the deadline and the size bound, and returns the
     * request line and headers without it.
     */
    private String readHead(Socket connection) throws IOException, RejectedRequest {
        long deadline = System.nanoTime() + headTimeout.toNanos();
        byte[] head = new byte[MAX_HEAD_BYTES];
        int length = 0;
        while (true) {
            if (length == head.length) {
                boolean inRequestLine = indexOf(head, length, (byte) '\n') < 0;
                throw new RejectedRequest(inRequestLine ? 414 : 431, "serve.http.tooLarge", MAX_HEAD_BYTES);
            }
            int read;
            try {
                read = readBefore(connection, deadline, head, length);
            } catch (SocketTimeoutException timeout) {
                // Browsers open connections ahead of need and may leave them unused: like web servers, close
                // those without an answer, lest the browser take a 408 for the request it sends next.
                if (length == 0) {
                    throw new EOFException("no request sent");
                }
                throw timeout;
            }
            if (read < 0) {
                throw new EOFException(); // closed before its request was complete
            }
            int newFrom = Math.max(0, length - 2); // a line break just before may end the head with these bytes
            length += read;
            int end = endOfHead(head, newFrom, length);
            if (end >= 0) {
                int withoutReturn = end > 0 && head[end - 1] == '\r' ? end - 1 : end;
                return new String(head, 0, withoutReturn, StandardCharsets.ISO_8859_1);
            }
        }
    }

    /** The first line break that is followed by an empty line, searched from {@code from}; -1 if none yet. */
    private static int endOfHead(byte[] bytes, int from, int length) {
        for (int i = from; i < length; i++) {
            if (bytes[i] == '\n' && ((i + 1 < length && bytes[i + 1] == '\n')
                    || (i + 2 < length && bytes[i + 1] == '\r' && bytes[i + 2] == '\n'))) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] bytes, int length, byte wanted) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Reads what has arrived, waiting no later than the deadline: a time limit on each read alone would let a
     * client that sends a byte now and then hold the connection for ever.
     */
    private static int readBefore(Socket connection, long deadline, byte[] buffer, int offset) throws IOException {
        long millisLeft = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (millisLeft <= 0) {
            throw new SocketTimeoutException();
        }
        connection.setSoTimeout((int) Math.min(Integer.MAX_VALUE, millisLeft));
        return connection.getInputStream().read(buffer, offset, buffer.length - offset);
    }

    private static void send(Socket connection, Response response, boolean headOnly) throws IOException {
        StringBuilder headers = new StringBuilder(256)
                .append("HTTP/1.1 ").append(response.status()).append(' ').append(response.reason()).append("\r\n")
                .append("Content-Type: ").append(response.contentType()).append("\r\n")
                .append("Content-Length: ").append(response.body().length).append("\r\n")
                .append("Cache-Control: no-store\r\n")
                .append("Connection: close\r\n");
        response.headers().forEach((name, value) -> headers.append(name).append(": ").append(value).append("\r\n"));
        headers.append("\r\n");
        OutputStream out = connection.getOutputStream();
        out.write(headers.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (!headOnly) {
            out.write(response.body());
        }
        out.flush();
    }

    /**
     * Ends the connection once answered. Closing with request bytes still unread would reset it, and the client
     * could lose the answer (to a request too large, say), so its remaining bytes are read and dropped first.
     */
    private static void finish(Socket connection) throws IOException {
        connection.shutdownOutput();
        long deadline = System.nanoTime() + LINGER.toNanos();
        byte[] dropped = new byte[4096];
        try {
            while (readBefore(connection, deadline, dropped, 0) >= 0) {
                // Until the client closes its side.
            }
        } catch (SocketTimeoutException e) {
            // It has not closed in time: close anyway.
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // Closing only releases it.
        }
    }
}
