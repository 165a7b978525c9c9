package dev.motorhub.application;

import dev.motorhub.application.accounts.AccountOpener;
import dev.motorhub.application.accounts.AccountReader;
import dev.motorhub.application.accounts.ConfirmPhone;
import dev.motorhub.application.accounts.CreateAccount;
import dev.motorhub.application.accounts.DeleteAccount;
import dev.motorhub.application.accounts.EnsureSuperuser;
import dev.motorhub.application.accounts.PhoneCodes;
import dev.motorhub.application.accounts.RegisterAccount;
import dev.motorhub.application.accounts.SendPhoneCode;
import dev.motorhub.application.accounts.SignInWithVerifiedEmail;
import dev.motorhub.application.accounts.UpdateAccount;
import dev.motorhub.application.accounts.ViewAccounts;
import dev.motorhub.application.garage.OwnerImages;
import dev.motorhub.application.identity.PasswordHasher;
import dev.motorhub.application.identity.SessionStarter;
import dev.motorhub.application.notifications.Texter;
import dev.motorhub.application.shared.TokenGenerator;
import dev.motorhub.domain.identity.AccessPolicy;
import dev.motorhub.domain.identity.PasswordPolicy;
import dev.motorhub.domain.identity.PhoneVerificationPolicy;
import java.time.Clock;

/**
 * The use cases of accounts, wired over one {@link Store}: registering, creating, reading, changing
 * and deleting accounts with their customer or mechanic profiles. {@link Motorhub} hands it out as
 * {@link Motorhub#accounts()}.
 */
public final class Accounts {
  private final RegisterAccount registerAccount;
  private final CreateAccount createAccount;
  private final ViewAccounts viewAccounts;
  private final UpdateAccount updateAccount;
  private final DeleteAccount deleteAccount;
  private final EnsureSuperuser ensureSuperuser;
  private final SignInWithVerifiedEmail signInWithVerifiedEmail;
  private final SendPhoneCode sendPhoneCode;
  private final ConfirmPhone confirmPhone;

  /** What the accounts' use cases are made of. */
  record Wiring(
      Store store,
      AccountOpener opener,
      SessionStarter starter,
      OwnerImages ownerImages,
      PasswordHasher hasher,
      PasswordPolicy passwords,
      AccessPolicy access,
      TokenGenerator secrets,
      Texter texter,
      PhoneVerificationPolicy phones,
      Clock clock) {}

  Accounts(Wiring w) {
    var tx = w.store().transactions();
    var users = w.store().users();
    var customers = w.store().customers();
    var mechanics = w.store().mechanics();
    var verifications = w.store().phoneVerifications();
    var reader = new AccountReader(customers, mechanics, w.store().plans(), verifications);
    registerAccount =
        new RegisterAccount(tx, w.opener(), w.hasher(), w.passwords(), w.starter(), w.clock());
    createAccount =
        new CreateAccount(tx, w.opener(), w.hasher(), w.passwords(), w.access(), w.clock());
    viewAccounts = new ViewAccounts(tx, users, reader, w.access());
    updateAccount =
        new UpdateAccount(
            tx,
            users,
            customers,
            w.store().sessions(),
            w.store().plans(),
            verifications,
            reader,
            w.access(),
            w.clock());
    deleteAccount = new DeleteAccount(tx, users, customers, mechanics, w.ownerImages(), w.access());
    ensureSuperuser =
        new EnsureSuperuser(tx, users, w.opener(), w.hasher(), w.passwords(), w.clock());
    signInWithVerifiedEmail =
        new SignInWithVerifiedEmail(
            new SignInWithVerifiedEmail.Parts(
                tx,
                users,
                w.store().linkedIdentities(),
                w.opener(),
                w.hasher(),
                w.passwords(),
                w.starter(),
                w.secrets(),
                w.clock()));
    sendPhoneCode =
        new SendPhoneCode(
            tx,
            users,
            verifications,
            w.texter(),
            new PhoneCodes(w.secrets()),
            w.phones(),
            w.clock());
    confirmPhone = new ConfirmPhone(tx, users, verifications, w.phones(), w.clock());
  }

  public RegisterAccount registerAccount() {
    return registerAccount;
  }

  public CreateAccount createAccount() {
    return createAccount;
  }

  public ViewAccounts viewAccounts() {
    return viewAccounts;
  }

  public UpdateAccount updateAccount() {
    return updateAccount;
  }

  public DeleteAccount deleteAccount() {
    return deleteAccount;
  }

  public EnsureSuperuser ensureSuperuser() {
    return ensureSuperuser;
  }

  public SignInWithVerifiedEmail signInWithVerifiedEmail() {
    return signInWithVerifiedEmail;
  }

  /** Texting the holder a code to verify their account's phone. */
  public SendPhoneCode sendPhoneCode() {
    return sendPhoneCode;
  }

  public ConfirmPhone confirmPhone() {
    return confirmPhone;
  }
}
