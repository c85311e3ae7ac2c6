import Plot
import Domain

/// The admin's map from the words the municipality's registers use to Samverka's categories,
/// districts and target groups, which every import reads.
public struct RegisterWordsPage: Sendable {
    public struct Row: Sendable, Hashable {
        public var word: String
        public var meaning: RegisterMeaning

        public init(word: String, meaning: RegisterMeaning) {
            self.word = word
            self.meaning = meaning
        }
    }

    public var words: Paged<Row>
    public var districtNames: [DistrictID: String]

    public init(words: Paged<Row>, districtNames: [DistrictID: String]) {
        self.words = words
        self.districtNames = districtNames
    }

    public static let mock: RegisterWordsPage = {
        let vivalla = DistrictID.make()
        return RegisterWordsPage(words: Paged(items: [
            Row(word: "Idrottsförening – fotboll", meaning: .category(.sport)),
            Row(word: "Gamla Vivalla", meaning: .district(vivalla)),
            Row(word: "Daglediga", meaning: .targetGroup(.adults)),
        ], page: PageRequest(number: 1), total: 3), districtNames: [vivalla: "Vivalla"])
    }()

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("admin.words.title"),
            .p(.a(.href(SiteURL.admin(.importAssociations).path), .safe("← " + context.t("admin.import.title")))),
            .h1(.safe(context.t("admin.words.title"))),
            .p(.class("lead"), .safe(context.t("admin.words.lead"))),
            .ul(.class("link-list"), .forEach(RegisterWordKind.allCases) { kind in
                .li(.a(.href(SiteURL.admin(.registerWord(.value(kind.pathSegment))).path), .safe(context.t("admin.words.add.\(kind.rawValue)"))))
            }),
            DataTable.render(
                caption: context.t("admin.words.caption"),
                headers: [context.t("admin.words.word"), context.t("admin.words.kind"), context.t("admin.words.meaning")],
                rows: words.items.map { row in [
                    .a(.href(SiteURL.admin(.registerWord(.value(row.meaning.kind.pathSegment))).path(query: [("ord", row.word)])),
                       .safe(row.word)),
                    .safe(context.t("admin.words.kind.\(row.meaning.kind.rawValue)")),
                    .safe(Self.label(row.meaning, context, districtNames: districtNames)),
                ] },
                emptyText: context.t("admin.words.empty")
            ),
            Pagination.nav(context, words, path: SiteURL.admin(.registerWords).path)
        )
    }

    /// A meaning as the reader's language names it.
    static func label(_ meaning: RegisterMeaning, _ context: PageContext, districtNames: [DistrictID: String]) -> String {
        switch meaning {
        case .category(let category): return context.t("category.\(category.rawValue)")
        case .targetGroup(let group): return context.t("targetGroup.\(group.rawValue)")
        case .district(let id): return districtNames[id] ?? "–"
        }
    }
}

/// Say what one word of a register means, change it, or forget it.
public struct RegisterWordPage: Sendable {
    public var kind: RegisterWordKind
    public var form: FormState
    /// The districts there are, for a word of a district.
    public var districts: [Form.Option]
    /// The word is mapped now, so it can be forgotten.
    public var isMapped: Bool

    public init(kind: RegisterWordKind, form: FormState, districts: [Form.Option], isMapped: Bool) {
        self.kind = kind
        self.form = form
        self.districts = districts
        self.isMapped = isMapped
    }

    public static let mock = RegisterWordPage(kind: .category, form: FormState(values: ["word": "Idrottsförening – fotboll", "meaning": "sport"]),
                                              districts: [], isMapped: true)

    /// The values a word of this kind can mean.
    func options(_ context: PageContext) -> [Form.Option] {
        switch kind {
        case .category: return AssociationCategory.allCases.map { Form.Option($0.rawValue, context.t("category.\($0.rawValue)")) }
        case .targetGroup: return TargetGroup.allCases.map { Form.Option($0.rawValue, context.t("targetGroup.\($0.rawValue)")) }
        case .district: return districts
        }
    }

    public func render(_ context: PageContext) -> String {
        let title = context.t("admin.word.title.\(kind.rawValue)")
        return Layout.render(
            context, title: title,
            .p(.a(.href(SiteURL.admin(.registerWords).path), .safe("← " + context.t("admin.words.title")))),
            .h1(.safe(title)),
            .p(.class("lead"), .safe(context.t("admin.word.lead"))),
            Form.post(
                context, action: SiteURL.admin(.registerWord(.value(kind.pathSegment))).path,
                Form.errorSummary(context, form),
                Form.field(context, form, name: "word", label: context.t("admin.words.word"), hint: context.t("admin.word.wordHint"),
                           required: true),
                Form.select(context, form, name: "meaning", label: context.t("admin.words.meaning"), options: options(context),
                            includeEmpty: context.t("form.chooseOne")),
                Form.submit(context.t("form.save")),
                // A second button of the same form: the word and its kind are what is forgotten.
                .if(isMapped, .group(.safe(" "), .button(.type(.submit), .attr("name", "forget"), .attr("value", "on"),
                                                         .class("button button--secondary"), .safe(context.t("admin.word.forget")))))
            )
        )
    }
}
