import ConfluenceKit
import DataSources
import TerminalKit

/// The accounts pane's management: add and edit (a form), test, and remove (with a confirmation).
extension AppState {
    /// `a`, `R`, `t` or `x` in the accounts pane.
    mutating func manageAccount(_ command: Command) -> [Effect] {
        guard accounts.canManage else {
            status.notice = "Accounts can be managed when the browser runs on your configured accounts (not in the demo)."
            return []
        }
        let selected = accounts.list.selectedID.flatMap { accounts.accounts.indices.contains($0) ? accounts.accounts[$0].name : nil }
        switch command {
        case .add:
            accounts.form = AccountFormState(form: AccountForm(), original: nil, kinds: accountAuthKinds)
        case .rename:
            guard let name = selected, accounts.forms[name] != nil else { return notManaged(selected) }
            // The form opens on the account as stored now: the command line or another window may have edited it, and a
            // form of older values would put them back.
            accounts.editing = name
            return reloadAccounts()
        case .test:
            guard let name = selected, accounts.forms[name] != nil else { return notManaged(selected) }
            // The status line counts the seconds while it runs (a site that does not answer takes a while), and Esc stops it.
            let token = nextToken()
            accounts.testing[name] = (token, nil)
            status.notice = nil
            return [.testAccount(name: name, token: token)]
        case .logIn:
            guard let name = selected, accounts.forms[name] != nil else { return notManaged(selected) }
            let token = nextToken()
            accounts.login = AccountLogin(name: name, token: token)
            return [.logInAccount(name: name, token: token)]
        case .delete:
            guard let name = selected, accounts.forms[name] != nil else { return notManaged(selected) }
            let token = nextToken()
            accounts.checkingRemoval = (name, token)
            return [.findDefinitionsOfAccount(name: name, token: token)]
        default:
            break
        }
        return []
    }

    /// Says why the entry cannot be managed, and reads the accounts again: one removed here may have been added back elsewhere.
    private mutating func notManaged(_ name: String?) -> [Effect] {
        if let name, name == accounts.removedWhileOpen {
            status.notice = "\(name) was removed from the configuration; it stays open until you open another account."
        } else {
            status.notice = "That entry is not a configured account."
        }
        return accounts.canManage ? reloadAccounts() : []
    }

    /// The definitions naming the account to remove were read: the confirmation opens, naming them, as removing the
    /// account leaves them without one; a failure to read them is said there too.
    mutating func accountUsersFound(name: String, token: RequestToken, _ result: Result<[String], BackendError>) {
        guard accounts.checkingRemoval?.token == token else { return }
        accounts.checkingRemoval = nil
        var body = ["Remove the account \(name) and its stored secrets?"]
        switch result {
        case .success(let users) where !users.isEmpty:
            body.append("\(Plural.count(users.count, "saved definition")) \(users.count == 1 ? "names" : "name") it: "
                + "\(users.joined(separator: ", ")). \(users.count == 1 ? "It stays" : "They stay"), marked (removed), "
                + "until saved again on an account that exists.")
        case .success:
            break
        case .failure(let error):
            body.append("The saved definitions could not be read, so any that name it are not listed here: \(error.message)")
        }
        accounts.confirmRemove = (Dialog.confirmation(title: "Remove account", body: body, action: "Remove"), name)
    }

    /// Esc while account tests run: they are stopped, and the status line says which.
    mutating func stopAccountTests() -> [Effect] {
        let names = accounts.testing.keys.sorted()
        accounts.testing = [:]
        status.notice = "Stopped testing \(EnglishList.join(names))."
        return [.cancelAccountTests]
    }

    /// Keys while the remove confirmation is open.
    mutating func handleAccountConfirmKey(_ key: Key) -> [Effect] {
        guard var confirm = accounts.confirmRemove else { return [] }
        switch confirm.dialog.handle(key) {
        case .chose(0):
            accounts.confirmRemove = nil
            let token = nextToken()
            accounts.loading = token
            accounts.removing = confirm.name
            return [.removeAccount(name: confirm.name, token: token)]
        case .chose, .cancelled:
            accounts.confirmRemove = nil
        case .moved, .ignored:
            accounts.confirmRemove = confirm
        }
        return []
    }

    /// Keys while an OAuth login waits: `y` copies the address; with several sites offered, j/k and Enter pick one;
    /// Esc (or Enter on Cancel) stops the login.
    mutating func handleAccountLoginKey(_ key: Key) -> [Effect] {
        guard var login = accounts.login else { return [] }
        if !login.sites.isEmpty, let effects = chooseLoginSite(&login, key) {
            accounts.login = login
            return effects
        }
        if key == .char("y"), let url = login.url { return [.copyToClipboard(text: url, label: "login address")] }
        var dialog = login.dialog
        switch dialog.handle(key) {
        case .chose, .cancelled:
            accounts.login = nil
            status.notice = "The login of \(login.name) was cancelled."
            return [.cancelLogin]
        case .moved, .ignored:
            return []
        }
    }

    /// Keys while the login offers several sites: j/k or the arrows move, Enter picks; nil for keys it leaves alone.
    private func chooseLoginSite(_ login: inout AccountLogin, _ key: Key) -> [Effect]? {
        switch key {
        case .down, .char("j"):
            login.selectedSite = min(login.selectedSite + 1, login.sites.count - 1)
        case .up, .char("k"):
            login.selectedSite = max(login.selectedSite - 1, 0)
        case .enter:
            let index = login.selectedSite
            login.sites = []
            return [.chooseLoginSite(index: index)]
        default:
            return nil
        }
        return []
    }

    /// An OAuth login ended: its sentence shows, and the accounts are read again (the account now has its site).
    mutating func accountLoggedIn(name: String, token: RequestToken, _ result: Result<String, BackendError>) -> [Effect] {
        guard accounts.login?.token == token else { return [] }
        accounts.login = nil
        switch result {
        case .success(let sentence):
            status.notice = sentence
            if status.lastError?.message.hasPrefix("\(name): ") == true { status.lastError = nil }
            let reload = nextToken()
            accounts.loading = reload
            return [.loadAccounts(token: reload)]
        case .failure(let error):
            status.lastError = ErrorReport(message: "\(name): \(error.message)")
            return []
        }
    }

    /// Keys while the form is open: Tab/Up/Down move between fields, Left/Right choose the auth kind,
    /// Enter on the last field saves, Esc cancels.
    mutating func handleAccountFormKey(_ key: Key) -> [Effect] {
        guard var form = accounts.form else { return [] }
        if opensHelp(typing: key) { return [] }
        switch key {
        case .escape:
            accounts.form = nil
            return []
        case .tab, .down:
            form.step(forward: true)
        case .backTab, .up:
            form.step(forward: false)
        case .left where form.focused.isChoice, .right where form.focused.isChoice, .char(" ") where form.focused.isChoice:
            form.choose(forward: key != .left)
        case .enter where form.focused != .secret:
            form.step(forward: true)
        case .enter:
            return saveAccount(&form)
        default:
            if form.focused == .name, form.original != nil {
                // Renaming is refused on save; the name is not editable, so no keystroke is lost to it.
                form.problem = "An account keeps its name here; add a new account to use another one."
            } else if !form.focused.isChoice, var input = form.inputs[form.focused] {
                _ = input.handle(key)
                form.inputs[form.focused] = input
                form.problem = nil
            }
        }
        accounts.form = form
        return []
    }

    private mutating func saveAccount(_ form: inout AccountFormState) -> [Effect] {
        let values = form.values
        // An account removed while open is listed but no longer configured: its name may be added again.
        let taken = Set(accounts.accounts.map(\.name).filter { $0 != accounts.removedWhileOpen })
        if let fault = form.fault(takenNames: taken) {
            // The focus goes to the field to fix.
            form.focused = fault.field
            form.problem = fault.problem
            accounts.form = form
            return []
        }
        let token = nextToken()
        form.saving = token
        form.problem = nil
        accounts.form = form
        return [.saveAccount(values, replacing: form.original, token: token)]
    }

    /// The form was saved, with the accounts as they are now, or refused: the form stays open on the field to fix.
    /// Saving the account in use connects to it again, so its new site or secret takes effect.
    mutating func accountSaved(token: RequestToken, _ result: Result<SavedAccount, AccountSaveError>) -> [Effect] {
        guard var form = accounts.form, form.saving == token else { return [] }
        form.saving = nil
        switch result {
        case .success(let saved):
            accounts.form = nil
            accounts.setManaged(saved.accounts)
            // The saved account supersedes an error still shown from before (a failed connection, say).
            status.lastError = nil
            let name = form.values.name
            // Plain http to another machine is allowed (an internal server may offer nothing else) but said.
            let warning = (try? SiteAddress.parse(form.values.site)).flatMap(SiteAddress.clearTextWarning(for:))
            let stale = saved.staleDefinitions
            // `s` saves a definition again on the account this window browses: another account is opened first.
            let opened = accounts.active?.name == name ? "" : "open it, then "
            let definitions = stale.isEmpty ? "" : " \(Plural.count(stale.count, "definition")) of it still \(stale.count == 1 ? "reads" : "read") "
                + "its old site or user (\(stale.joined(separator: ", "))): \(opened)\(keyMap.firstKeyLabel(for: .save)) in the definitions "
                + "(\(keyMap.firstKeyLabel(for: .definitions))) saves \(stale.count == 1 ? "it" : "each") again."
            let note = (warning.map { " Note: " + $0 + "." } ?? "") + definitions
            // The account in use was edited, or removed and added again under its name: the panes connect to what the
            // name now holds, rather than go on reading the site it had.
            if accounts.canSwitch, let active = accounts.active, active.name == name, form.original == name || form.original == nil {
                return connect(to: active, notice: "Saved the account \(name)." + note + " Connecting to it again")
            }
            status.notice = "Saved the account \(name)." + note
        case .failure(let error):
            form.problem = error.message
            if let field = error.field { form.focused = field }
            accounts.form = form
            return reloadAccounts()
        }
        return []
    }

    /// Reads the accounts again after an operation on one failed: another process may have changed the file (removed
    /// the account, say), and the pane shows what it holds now rather than an account that is gone.
    private mutating func reloadAccounts() -> [Effect] {
        let token = nextToken()
        accounts.loading = token
        return [.loadAccounts(token: token)]
    }

    /// Managed accounts arrived (at start, or after a removal).
    mutating func accountsLoaded(token: RequestToken, _ result: Result<[ManagedAccount], BackendError>) -> [Effect] {
        guard accounts.loading == token else { return [] }
        accounts.loading = nil
        let removed = accounts.removing
        accounts.removing = nil
        let editing = accounts.editing
        accounts.editing = nil
        switch result {
        case .success(let list):
            let formerDefault = accounts.defaultName
            accounts.setManaged(list)
            if let removed {
                // Removing the default makes another the default: said, since commands without --account now use it.
                let successor = removed == formerDefault ? accounts.defaultName : nil
                status.notice = "Removed the account \(removed)." + (successor.map { " \($0) is the default now." } ?? "")
            }
            if let editing {
                if let form = accounts.forms[editing] {
                    accounts.form = AccountFormState(form: form, original: editing, kinds: accountAuthKinds)
                } else {
                    status.notice = "\(editing) is no longer configured: it was removed elsewhere."
                }
            }
        case .failure(let error):
            report(error, doing: removed.map { "remove the account \($0)" } ?? "read the accounts")
        }
        return []
    }

    /// A test finished: its outcome shows in the pane and the status line.
    mutating func accountTested(name: String, token: RequestToken, _ outcome: AccountTestOutcome) -> [Effect] {
        guard accounts.testing[name]?.token == token else { return [] }
        accounts.testing[name] = nil
        accounts.record(outcome, for: name)
        if outcome.ok {
            status.notice = "\(name): \(outcome.sentence)"
            if status.lastError?.message.hasPrefix("\(name): ") == true { status.lastError = nil }
            return []
        }
        status.lastError = ErrorReport(message: "\(name): \(outcome.sentence)")
        return reloadAccounts()
    }
}
