import Foundation
import Domain
import App

/// Realistic-looking associations for scale tests: Swedish names and descriptions, every
/// category and district, about 40 % in the agreement. Deterministic for a given seed.
public struct SyntheticAssociation: Sendable {
    public var id: UUID
    public var name: String
    public var slug: String
    public var orgNumber: String?
    public var categories: [AssociationCategory]
    public var districtIndexes: [Int]
    public var targetGroups: [TargetGroup]
    public var competences: [String]
    public var memberBand: MemberBand
    public var description: String
    public var joinedDaysAgo: Int?
}

public enum SyntheticRegister {
    static let places = [
        "Ängby", "Björkås", "Stenhagen", "Lindön", "Ekbacken", "Granlunda", "Sjövik", "Tallåsen", "Hagalund", "Norrby",
        "Söderby", "Västerås", "Österäng", "Bergsjö", "Lövsta", "Ekeby", "Rosendal", "Solberga", "Mossen", "Åsbro",
        "Höglunda", "Kvarnby", "Backa", "Dalby", "Fjällbo", "Gläntan", "Håga", "Ingeborg", "Järnbo", "Källby",
    ]
    static let kinds: [AssociationCategory: [String]] = [
        .sport: ["IF", "Bollklubb", "Skidklubb", "Ryttarförening", "Schacksällskap", "Orienteringsklubb"],
        .culture: ["Kulturförening", "Teaterförening", "Körsällskap", "Filmklubb", "Konstförening"],
        .social: ["Stödförening", "Grannstöd", "Mötesplats", "Jourförening"],
        .integration: ["Internationella förening", "Språkcafé", "Kulturbro", "Vänförening"],
        .disability: ["NPF-förening", "Synskadeförening", "Hörselförening", "Föreningen Lika villkor"],
        .youth: ["Scoutkår", "Ungdomsförening", "Fritidsklubb", "Unga ledare"],
        .seniors: ["PRO", "SPF Seniorerna", "Pensionärsförening", "Träffpunkt 65+"],
        .environment: ["Naturskyddsförening", "Odlarförening", "Klimatgrupp", "Cykelkök"],
        .faith: ["Församling", "Moskéförening", "Ekumeniska gruppen", "Kyrkans unga"],
        .tenants: ["Hyresgästförening", "Bostadsrättsförening", "Kvartersråd", "Gårdsförening"],
        .education: ["Studiecirkel", "Läxhjälpen", "Folkbildningsförening", "Läsförening"],
        .other: ["Hembygdsförening", "Intresseförening", "Föreningen Vi", "Samfällighet"],
    ]
    static let activities = [
        "träningar för barn och unga", "öppna träffar varje vecka", "kurser och studiecirklar", "läxhjälp på eftermiddagarna",
        "konserter och föreställningar", "stöd till familjer", "promenader och friluftsdagar", "språkcafé för nyanlända",
        "matutdelning och samtalsgrupper", "trygghetsvandringar i området", "odling och naturvård", "ledarutbildning",
    ]
    static let competenceWords = ["npf", "läxhjälp", "tolkning", "föräldrastöd", "ledarskap", "friluftsliv", "musik",
                                  "digital hjälp", "krisstöd", "tillgänglighet", "integration", "odling", "trygghet"]

    public static func association(_ index: Int, seed: UInt64, districtCount: Int) -> SyntheticAssociation {
        var random = SplitMix64(seed: seed &+ UInt64(index) &* 0x9E37_79B9)
        let category = AssociationCategory.allCases[index % AssociationCategory.allCases.count]
        let kinds = Self.kinds[category]!
        let place = places[Int(random.next() % UInt64(places.count))]
        let kind = kinds[Int(random.next() % UInt64(kinds.count))]
        let name = random.next() % 2 == 0 ? "\(place) \(kind)" : "\(kind) \(place)"
        var bytes = (0..<16).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let id = UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                             bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
        var categories = [category]
        if random.next() % 3 == 0 {
            let extra = AssociationCategory.allCases[Int(random.next() % UInt64(AssociationCategory.allCases.count))]
            if extra != category { categories.append(extra) }
        }
        var districts = [index % max(districtCount, 1)]
        if random.next() % 4 == 0 && districtCount > 1 { districts.append((index / 7 + 3) % districtCount) }
        let groups = Array(Set((0..<(1 + Int(random.next() % 2))).map { _ -> TargetGroup in
            TargetGroup.allCases[Int(random.next() % UInt64(TargetGroup.allCases.count))]
        })).sorted { $0.rawValue < $1.rawValue }
        let competences = Array(Set((0..<Int(random.next() % 3)).map { _ -> String in
            competenceWords[Int(random.next() % UInt64(competenceWords.count))]
        })).sorted()
        let activity = activities[Int(random.next() % UInt64(activities.count))]
        let description = "\(name) samlar människor kring \(activity). Vi välkomnar nya medlemmar och samarbetar gärna med andra."
        return SyntheticAssociation(
            id: id, name: name, slug: SlugText.make(name) + "-" + String(index, radix: 36),
            orgNumber: random.next() % 10 < 6 ? orgNumber(index) : nil,
            categories: categories, districtIndexes: Array(Set(districts)).sorted(), targetGroups: groups, competences: competences,
            memberBand: MemberBand.allCases[Int(random.next() % UInt64(MemberBand.allCases.count))],
            description: description,
            joinedDaysAgo: random.next() % 10 < 4 ? Int(random.next() % 2000) : nil)
    }

    /// A valid number unique to the index: 81, then 2–9, then six digits of the index, then Luhn.
    public static func orgNumber(_ index: Int) -> String {
        let nine = [8, 1, 2 + (index / 1_000_000) % 8] + String(format: "%06d", index % 1_000_000).compactMap(\.wholeNumberValue)
        let digits = nine + [OrgNumber.luhnCheckDigit(nine)]
        return "\(digits[0..<6].map(String.init).joined())-\(digits[6...].map(String.init).joined())"
    }
}
