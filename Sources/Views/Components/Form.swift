import Plot
import Domain

/// The only place that writes a `<form>`: every form posts with the session's CSRF token,
/// and every field has a label, an optional hint and its error next to it.
public enum Form {
    public static let csrfFieldName = "_csrf"
    public static let submissionFieldName = "_submission"

    public static func post(
        _ context: PageContext, action: String, class className: String? = nil, id: String? = nil,
        multipart: Bool = false, _ content: Node<HTML.FormContext>...
    ) -> Node<HTML.BodyContext> {
        // novalidate: the server's messages (same in every browser, in the catalog's words,
        // summarised at the top) replace the browsers' own bubbles, as GOV.UK advises.
        .form(
            .method(.post), .attr("action", action), .novalidate(),
            .unwrap(className) { .class($0) },
            .unwrap(id) { .id($0) },
            .if(multipart, .enctype(.multipartData)),
            .input(.type(.hidden), .name(csrfFieldName), .attr("value", context.csrfToken ?? "")),
            .unwrap(context.formNonce) { .input(.type(.hidden), .name(submissionFieldName), .attr("value", $0)) },
            .group(content)
        )
    }

    /// A GET form for search and filters: nothing changes, so no token.
    public static func get(_ action: String, class className: String? = nil, _ content: Node<HTML.FormContext>...) -> Node<HTML.BodyContext> {
        .form(.method(.get), .attr("action", action), .unwrap(className) { .class($0) }, .group(content))
    }

    public static func fieldID(_ name: String) -> String { "field-\(name)" }

    /// The GOV.UK error summary: what is wrong, each item linking to its field.
    public static func errorSummary(_ context: PageContext, _ state: FormState) -> Node<HTML.FormContext> {
        .if(state.hasErrors, .div(
            .class("error-summary"), .attribute(named: "role", value: "alert"),
            .attribute(named: "tabindex", value: "-1"), .id("error-summary"),
            .h2(.safe(context.t("form.errorSummaryTitle"))),
            .ul(.forEach(state.errors) { error in
                .li(error.field.isEmpty ? .safe(context.words.problem(error))
                    : .a(.attr("href", "#\(fieldID(error.field))"), .safe(context.words.problem(error))))
            })
        ))
    }

    public enum Kind: Sendable {
        case text, email, password, newPassword, textarea, number, tel, url, date, time
    }

    public static func field(
        _ context: PageContext, _ state: FormState, name: String, label: String, hint: String? = nil,
        kind: Kind = .text, autocomplete: String? = nil, required: Bool = false
    ) -> Node<HTML.FormContext> {
        let id = fieldID(name)
        let error = state.error(name)
        let describedBy = [hint.map { _ in "\(id)-hint" }, error.map { _ in "\(id)-error" }].compactMap { $0 }.joined(separator: " ")
        return .div(
            .class(error == nil ? "field" : "field field--error"),
            .label(.for(id), .safe(label), .if(!required, .span(.class("optional"), .safe(" " + context.t("form.optional"))))),
            .unwrap(hint) { .div(.class("hint"), .id("\(id)-hint"), .safe($0)) },
            .unwrap(error) { errorMessage(context, id: id, $0) },
            control(state, name: name, id: id, kind: kind, describedBy: describedBy, invalid: error != nil,
                    autocomplete: autocomplete, required: required)
        )
    }

    static func errorMessage(_ context: PageContext, id: String, _ error: FieldError) -> Node<HTML.FormContext> {
        .p(.class("field-error"), .id("\(id)-error"),
           .span(.class("visually-hidden"), .safe(context.t("form.errorPrefix") + " ")),
           .safe(context.words.problem(error)))
    }

    static func control(
        _ state: FormState, name: String, id: String, kind: Kind, describedBy: String,
        invalid: Bool, autocomplete: String?, required: Bool
    ) -> Node<HTML.FormContext> {
        if kind == .textarea {
            return .element(named: "textarea", nodes: [
                .attr("name", name), .attr("id", id), .attribute(named: "rows", value: "6"),
                .if(!describedBy.isEmpty, .attr("aria-describedby", describedBy)),
                .if(invalid, .attribute(named: "aria-invalid", value: "true")),
                .if(required, .attribute(named: "required", value: "required")),
                .safe(state[name]),
            ])
        }
        let type: String
        switch kind {
        case .email: type = "email"
        case .password, .newPassword: type = "password"
        case .number: type = "number"
        case .tel: type = "tel"
        case .url: type = "url"
        case .date: type = "date"
        case .time: type = "time"
        case .text, .textarea: type = "text"
        }
        let isPassword = kind == .password || kind == .newPassword
        return .selfClosedElement(named: "input", attributes: [
            .attribute(named: "type", value: type),
            .attr("name", name), .attr("id", id),
            .attr("value", isPassword ? "" : state[name]),
            .attr("autocomplete", autocomplete ?? ""),
            .attr("aria-describedby", describedBy),
            .attribute(named: "aria-invalid", value: invalid ? "true" : ""),
            .attribute(named: "required", value: required ? "required" : ""),
            .attribute(named: "spellcheck", value: kind == .email || isPassword ? "false" : ""),
        ] as [Attribute<HTML.InputContext>])
    }

    public struct Option: Sendable, Hashable {
        public var value: String
        public var label: String
        public init(_ value: String, _ label: String) {
            self.value = value
            self.label = label
        }

        /// A record to choose, by its id.
        public init<Subject>(_ id: Identifier<Subject>, _ label: String) {
            self.init(id.description, label)
        }
    }

    public static func select(
        _ context: PageContext, _ state: FormState, name: String, label: String, hint: String? = nil,
        options: [Option], includeEmpty: String? = nil
    ) -> Node<HTML.FormContext> {
        let id = fieldID(name)
        let error = state.error(name)
        return .div(
            .class(error == nil ? "field" : "field field--error"),
            .label(.for(id), .safe(label)),
            .unwrap(hint) { .div(.class("hint"), .id("\(id)-hint"), .safe($0)) },
            .unwrap(error) { errorMessage(context, id: id, $0) },
            .element(named: "select", nodes: [
                .attr("name", name), .attr("id", id),
                .if(hint != nil || error != nil, .attr("aria-describedby", [hint.map { _ in "\(id)-hint" }, error.map { _ in "\(id)-error" }].compactMap { $0 }.joined(separator: " "))),
                .unwrap(includeEmpty) { label in
                    // An explicit empty value: without one the browser would send the label's text.
                    .element(named: "option", nodes: [.attribute(named: "value", value: "", ignoreIfValueIsEmpty: false), .safe(label)])
                },
                .group(options.map { option in
                    .element(named: "option", nodes: [
                        .attr("value", option.value),
                        .if(state[name] == option.value, .attribute(named: "selected", value: "selected")),
                        .safe(option.label),
                    ])
                }),
            ])
        )
    }

    public static func checkbox(_ state: FormState, name: String, label: String, hint: String? = nil) -> Node<HTML.FormContext> {
        let id = fieldID(name)
        return .div(
            .class("field field--checkbox"),
            .selfClosedElement(named: "input", attributes: [
                .attribute(named: "type", value: "checkbox"), .attr("name", name), .attr("id", id),
                .attribute(named: "value", value: "on"),
                .attribute(named: "checked", value: state[name] == "on" ? "checked" : ""),
                .attr("aria-describedby", hint == nil ? "" : "\(id)-hint"),
            ] as [Attribute<HTML.InputContext>]),
            .label(.for(id), .safe(label)),
            .unwrap(hint) { .div(.class("hint"), .id("\(id)-hint"), .safe($0)) }
        )
    }

    /// Several choices under one question: a fieldset with a legend, each box named `name[]`.
    public static func checkboxGroup(
        _ context: PageContext, _ state: FormState, name: String, legend: String, hint: String? = nil,
        options: [Option], selected: Set<String>? = nil
    ) -> Node<HTML.FormContext> {
        // The boxes ticked are those in the form's state unless the page says otherwise.
        let selected = selected ?? Set(state.all(name))
        let id = fieldID(name)
        let error = state.error(name)
        return .fieldset(
            .class(error == nil ? "field checkbox-group" : "field checkbox-group field--error"), .id(id),
            .if(hint != nil, .attr("aria-describedby", "\(id)-hint")),
            .element(named: "legend", nodes: [Node<HTML.BodyContext>.safe(legend)]),
            .unwrap(hint) { .div(.class("hint"), .id("\(id)-hint"), .safe($0)) },
            .unwrap(error) { errorMessage(context, id: id, $0) },
            .div(.class("checkbox-columns"), .forEach(options.enumerated()) { index, option in
                .div(
                    .class("field--checkbox"),
                    .selfClosedElement(named: "input", attributes: [
                        .attribute(named: "type", value: "checkbox"), .attr("name", "\(name)[]"),
                        .attr("id", "\(id)-\(index)"), .attr("value", option.value),
                        .attribute(named: "checked", value: selected.contains(option.value) ? "checked" : ""),
                    ] as [Attribute<HTML.InputContext>]),
                    .label(.for("\(id)-\(index)"), .safe(option.label))
                )
            })
        )
    }

    /// One choice among a few, as radio buttons under a legend: every option visible at once.
    public static func radioGroup(
        _ context: PageContext, _ state: FormState, name: String, legend: String, hint: String? = nil, options: [Option]
    ) -> Node<HTML.FormContext> {
        let id = fieldID(name)
        let error = state.error(name)
        let describedBy = [hint.map { _ in "\(id)-hint" }, error.map { _ in "\(id)-error" }].compactMap { $0 }.joined(separator: " ")
        return .fieldset(
            .class(error == nil ? "field radio-group" : "field radio-group field--error"), .id(id),
            .if(!describedBy.isEmpty, .attr("aria-describedby", describedBy)),
            .element(named: "legend", nodes: [Node<HTML.BodyContext>.safe(legend)]),
            .unwrap(hint) { .div(.class("hint"), .id("\(id)-hint"), .safe($0)) },
            .unwrap(error) { errorMessage(context, id: id, $0) },
            .forEach(options.enumerated()) { index, option in
                .div(
                    .class("field--radio"),
                    .input(.type(.radio), .name(name), .id("\(id)-\(index)"), .value(option.value), .checked(state[name] == option.value)),
                    .label(.for("\(id)-\(index)"), .safe(option.label))
                )
            }
        )
    }

    public static func submit(_ label: String, class className: String = "button") -> Node<HTML.FormContext> {
        .button(.type(.submit), .class(className), .safe(label))
    }
}
