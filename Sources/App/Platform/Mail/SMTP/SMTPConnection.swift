import NIOCore
import NIOPosix
import NIOSSL

/// One TCP connection to an SMTP server with a command/reply interface on top of NIO.
struct SMTPConnection: Sendable {
    let channel: any Channel
    private let handler: NIOLoopBound<SMTPReplyHandler>
    static let replyTimeout: TimeAmount = .seconds(60)

    static func connect(host: String, port: Int, tls: NIOSSLContext?, on group: any EventLoopGroup) async throws -> SMTPConnection {
        let channel = try await ClientBootstrap(group: group)
            .connectTimeout(.seconds(15))
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let tls {
                        let handler = try NIOSSLClientHandler(context: tls, serverHostname: SMTPConnection.sniName(host))
                        try channel.pipeline.syncOperations.addHandler(handler)
                    }
                    try channel.pipeline.syncOperations.addHandler(SMTPReplyHandler())
                }
            }
            .connect(host: host, port: port).get()
        return try await over(channel)
    }

    /// A connection over a channel whose pipeline has an `SMTPReplyHandler`.
    static func over(_ channel: any Channel) async throws -> SMTPConnection {
        let handler = try await channel.eventLoop.submit {
            NIOLoopBound(try channel.pipeline.syncOperations.handler(type: SMTPReplyHandler.self), eventLoop: channel.eventLoop)
        }.get()
        return SMTPConnection(channel: channel, handler: handler)
    }

    /// SNI takes names, not addresses.
    static func sniName(_ host: String) -> String? {
        host.allSatisfy({ $0.isNumber || $0 == "." || $0 == ":" }) ? nil : host
    }

    func reply() async throws -> SMTPReply {
        let handler = handler
        let loop = channel.eventLoop
        let future = loop.flatSubmit { handler.value.nextReply(on: loop) }
        let timeout = loop.scheduleTask(in: Self.replyTimeout) { channel.close(promise: nil) }
        defer { timeout.cancel() }
        return try await future.get()
    }

    func write(_ text: String) async throws {
        try await channel.writeAndFlush(channel.allocator.buffer(string: text)).get()
    }

    /// Sends a command line and expects one of the given reply codes.
    @discardableResult
    func command(_ line: String, expect codes: Set<Int>, shown: String? = nil) async throws -> SMTPReply {
        try await write(line + "\r\n")
        return try await expect(codes, after: shown ?? line)
    }

    func expect(_ codes: Set<Int>, after what: String) async throws -> SMTPReply {
        let reply = try await reply()
        guard codes.contains(reply.code) else {
            throw MailDeliveryError(message: "\(what) → \(reply.code) \(reply.text)", isPermanent: (500..<600).contains(reply.code))
        }
        return reply
    }

    /// Anything the server sent after its "220" to STARTTLS came before encryption and may have
    /// been put there by someone on the way (CVE-2011-0411): it is dropped in the same step
    /// that puts TLS in front, so no plain-text byte is read as part of the encrypted session.
    func startTLS(_ context: NIOSSLContext, host: String) async throws {
        let channel = channel
        let handler = handler
        try await channel.eventLoop.submit {
            handler.value.discardBuffered()
            let tls = try NIOSSLClientHandler(context: context, serverHostname: SMTPConnection.sniName(host))
            try channel.pipeline.syncOperations.addHandler(tls, position: .first)
        }.get()
    }

    /// Replies received but not yet asked for (tests look at this around STARTTLS).
    func bufferedReplies() async throws -> Int {
        let handler = handler
        return try await channel.eventLoop.submit { handler.value.bufferedCount }.get()
    }

    func close() async {
        try? await channel.close().get()
    }
}
