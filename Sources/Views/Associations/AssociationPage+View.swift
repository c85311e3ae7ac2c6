import Plot
import Domain

extension AssociationPage {
    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: name,
            .if(status == .verified, JSONLD.script(structuredData)),
            .p(.class("breadcrumb"), .a(.href(SiteURL.associations(.directory).path), .safe("← " + context.t("associations.directory.title")))),
            .h1(.safe(name)),
            .if(status != .verified, .div(
                .class("notice notice--warning"), .attribute(named: "role", value: "status"),
                .p(.strong(.safe(context.t("associations.status.\(status.rawValue)")))),
                .if(!statusMessage.isEmpty, .p(.safe(statusMessage)))
            )),
            .unwrap(nameChange) { $0.render(context) },
            agreementStatus(context),
            .if(!easyReadDescription.isEmpty, .section(
                .class("easy-read"), .attr("aria-labelledby", "easy-read-heading"),
                .h2(.id("easy-read-heading"), .safe(context.t("associations.easyRead"))),
                RichText.render(easyReadDescription, headingOffset: 1)
            )),
            .if(!description.isEmpty, .group(.h2(.safe(context.t("associations.about"))), RichText.render(description, headingOffset: 1))),
            facts(context),
            contact(context),
            .if(!projects.isEmpty, .group(
                .h2(.safe(context.t("projects.title"))),
                .div(.class("card-list"), .forEach(projects) { $0.render(context, headingLevel: 3) }),
                .unwrap(projectsLink) { .p(.a(.href($0), .safe(context.t("projects.allOf", ["name": name])))) }
            )),
            .if(!history.isEmpty, .group(
                .h2(.safe(context.t("associations.history"))),
                .ul(.forEach(history) { item in
                    .li(.safe(context.t("associations.history.\(item.kind.rawValue)", [
                        "date": context.words.date(item.on), "role": item.signatoryRole,
                    ])))
                })
            )),
            actionLinks(context)
        )
    }

    func agreementStatus(_ context: PageContext) -> Node<HTML.BodyContext> {
        .p(
            .class(joinedSince == nil ? "badge" : "badge badge--joined"),
            .safe(joinedSince.map { context.t("associations.joinedSince", ["date": context.words.date($0)]) }
                  ?? context.t("associations.notJoined"))
        )
    }

    func facts(_ context: PageContext) -> Node<HTML.BodyContext> {
        let all: [(String, String)] = [
            (context.t("associations.field.categories"), categories.map { context.t("category.\($0.rawValue)") }.joined(separator: ", ")),
            (context.t("associations.field.districts"), districts.joined(separator: ", ")),
            (context.t("associations.field.targetGroups"), targetGroups.map { context.t("targetGroup.\($0.rawValue)") }.joined(separator: ", ")),
            (context.t("associations.field.competences"), competences),
            (context.t("associations.field.memberBand"), memberBand.map { context.t("memberBand.\($0.rawValue)") } ?? ""),
            (context.t("associations.field.legalForm"), legalForm.map { context.t("legalForm.\($0.rawValue)") } ?? ""),
            (context.t("associations.field.orgNumber"), orgNumber ?? ""),
        ]
        let rows = all.filter { !$0.1.isEmpty }
        return .group(
            .h2(.safe(context.t("associations.facts"))),
            .dl(.class("summary-list"), .forEach(rows) { row in .group(.dt(.safe(row.0)), .dd(.safe(row.1))) })
        )
    }

    func contact(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard !website.isEmpty || !email.isEmpty || !phone.isEmpty else { return .empty }
        return .group(
            .h2(.safe(context.t("associations.contact"))),
            .ul(
                .if(!website.isEmpty, .li(.a(.attr("href", website), .safe(website)))),
                .if(!email.isEmpty, .li(.a(.attr("href", "mailto:\(email)"), .safe(email)))),
                .if(!phone.isEmpty, .li(.safe(phone)))
            )
        )
    }

    func actionLinks(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard actions.edit || actions.represent || actions.archive else { return .empty }
        let slug = Parameter.value(slug)
        return .section(
            .class("actions"), .attr("aria-labelledby", "actions-heading"),
            .h2(.id("actions-heading"), .safe(context.t("associations.actions"))),
            .ul(
                .class("link-list"),
                .if(actions.edit, .li(.a(.href(SiteURL.associations(.edit(slug)).path), .safe(context.t("associations.action.edit"))))),
                .if(actions.represent, .group(
                    .li(.a(.href(SiteURL.associations(.representatives(slug)).path), .safe(context.t("associations.action.representatives")))),
                    .li(.a(.href(SiteURL.associations(.endorse(slug)).path),
                           .safe(context.t(joinedSince == nil ? "associations.action.join" : "associations.action.withdraw"))))
                ))
            ),
            .if(actions.archive && status != .archived, Form.post(
                context, action: SiteURL.associations(.archive(slug)).path, class: "inline-form",
                Form.submit(context.t("associations.action.archive"), class: "button button--secondary")
            ))
        )
    }
}
