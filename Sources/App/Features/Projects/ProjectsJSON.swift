import Foundation
import NIOCore

/// Projects as JSON, written by `JSONWriter` (the list is an uncached API answer). The members and
/// their order are the DTOs' own, as JSONEncoder would write them; `@NullEncoded` dates as null.
extension ProjectsAPIController.ItemDTO: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.key("id"); json.string(id.uuidString)
            json.key("slug"); json.string(slug)
            json.key("title"); json.string(title)
            json.key("summary"); json.string(summary)
            json.key("status"); json.string(status)
            json.key("form"); json.string(form)
            json.key("districts"); json.array(districts) { $0.string($1) }
            json.key("targetGroups"); json.array(targetGroups) { $0.string($1) }
            json.key("goals"); json.array(goals) { $0.int($1) }
            json.key("associations"); json.array(associations) { json, partner in
                json.object { json in
                    json.key("id"); json.string(partner.id.uuidString)
                    json.key("name"); json.string(partner.name)
                    json.key("role"); json.string(partner.role)
                }
            }
            json.key("departments"); json.array(departments) { json, partner in
                json.object { json in
                    json.key("slug"); json.string(partner.slug)
                    json.key("name"); json.string(partner.name)
                    json.key("role"); json.string(partner.role)
                }
            }
            json.key("starts"); json.string(starts)
            json.key("ends"); json.string(ends)
            json.key("url"); json.string(url)
        }
    }
}

extension ProjectsAPIController {
    /// An item as the list writes it, kept so (`app.projectItems`): an answer copies the bytes.
    struct WrittenItem: JSONWritable, Sendable {
        let id: UUID
        let json: ByteBuffer

        init(_ item: ItemDTO) {
            var writer = JSONWriter(capacity: 1024)
            item.write(to: &writer)
            // Only as large as it is: thousands are kept.
            var json = ByteBufferAllocator().buffer(capacity: writer.buffer.readableBytes)
            json.writeImmutableBuffer(writer.buffer)
            self.id = item.id
            self.json = json
        }

        func write(to json: inout JSONWriter) { json.written(self.json) }
    }
}
