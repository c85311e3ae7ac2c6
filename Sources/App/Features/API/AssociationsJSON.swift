import Vapor

/// The association list as JSON, written by `JSONWriter` (the search API is the hottest
/// uncached path). The members and their order are the DTOs' own, as JSONEncoder would write them.
extension AssociationsAPIController.AssociationDTO: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.key("id"); json.string(id.uuidString)
            json.key("name"); json.string(name)
            json.key("orgNumber"); json.string(orgNumber)
            json.key("categories"); json.array(categories) { $0.string($1) }
            json.key("districts"); json.array(districts) { $0.string($1) }
            json.key("joined"); json.bool(joined)
            json.key("joinedSince"); json.string(joinedSince)
        }
    }
}

extension AssociationsAPIController.ListDTO {
    /// A JSON response, as Vapor's `Content` would send it.
    func response() -> Response {
        var json = JSONWriter(capacity: 512 + items.count * 256)
        json.object { json in
            json.key("items"); json.array(items) { json, item in item.write(to: &json) }
            json.key("total"); json.int(total)
            json.key("totalIsExact"); json.bool(totalIsExact)
            json.key("page"); json.int(page)
            json.key("per"); json.int(per)
        }
        return Response.json(json)
    }
}
