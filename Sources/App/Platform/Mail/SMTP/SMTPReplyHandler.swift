import NIOCore

/// An SMTP reply: a three-digit code and the text of its (possibly several) lines.
struct SMTPReply: Sendable {
    let code: Int
    let lines: [String]

    var isPositive: Bool { (200..<400).contains(code) }
    var text: String { lines.joined(separator: " ") }
}

/// Splits the server's bytes into lines, groups "250-…" continuation lines into one reply,
/// and hands each reply to whoever is waiting for it, in order. Lives on the channel's event loop.
final class SMTPReplyHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer

    private var partial = ""
    private var lines: [String] = []
    private var ready: [SMTPReply] = []
    private var waiting: [EventLoopPromise<SMTPReply>] = []
    private var failure: (any Error)?

    static let maximumLineLength = 4096

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var buffer = unwrapInboundIn(data)
        partial += buffer.readString(length: buffer.readableBytes) ?? ""
        while let end = partial.range(of: "\r\n") ?? partial.range(of: "\n") {
            let line = String(partial[..<end.lowerBound])
            partial.removeSubrange(..<end.upperBound)
            accept(line)
        }
        if partial.utf8.count > Self.maximumLineLength {
            fail(MailDeliveryError(message: "SMTP server sent an over-long line", isPermanent: false))
            context.close(promise: nil)
        }
    }

    private func accept(_ line: String) {
        let chars = Array(line)
        guard chars.count >= 3, let code = Int(String(chars[0..<3])) else {
            fail(MailDeliveryError(message: "SMTP server sent an unreadable line: \(line.prefix(80))", isPermanent: false))
            return
        }
        lines.append(chars.count > 4 ? String(chars[4...]) : "")
        if chars.count == 3 || chars[3] == " " {
            deliver(SMTPReply(code: code, lines: lines))
            lines = []
        }
    }

    private func deliver(_ reply: SMTPReply) {
        if waiting.isEmpty { ready.append(reply) } else { waiting.removeFirst().succeed(reply) }
    }

    private func fail(_ error: any Error) {
        failure = failure ?? error
        let pending = waiting
        waiting = []
        pending.forEach { $0.fail(error) }
    }

    /// Forgets every byte and reply received so far; call on the event loop.
    func discardBuffered() {
        partial = ""
        lines = []
        ready = []
    }

    /// Complete replies nobody has asked for yet, and whether a partial one is pending.
    var bufferedCount: Int { ready.count + (partial.isEmpty && lines.isEmpty ? 0 : 1) }

    /// The next reply; call on the event loop.
    func nextReply(on loop: any EventLoop) -> EventLoopFuture<SMTPReply> {
        if !ready.isEmpty { return loop.makeSucceededFuture(ready.removeFirst()) }
        if let failure { return loop.makeFailedFuture(failure) }
        let promise = loop.makePromise(of: SMTPReply.self)
        waiting.append(promise)
        return promise.futureResult
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        fail(error)
        context.close(promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        fail(MailDeliveryError(message: "SMTP server closed the connection", isPermanent: false))
        context.fireChannelInactive()
    }
}
