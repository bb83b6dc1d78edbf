"""French and English texts of every rule violation, shared by the client and the server.

Kept in pure Python (no Qt) so the reference server can answer in the caller's language.
Amounts travel as values (Decimal), never as text: whoever shows the message formats them —
the window through QLocale (desktop.formatting.money_format), the server with `plain_money`.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

MoneyFormat = Callable[[Decimal], str]

LANGUAGES = ("fr", "en")

MESSAGES: dict[str, dict[str, str]] = {
    "Required": {
        "en": "This field is required.",
        "fr": "Ce champ est obligatoire.",
    },
    "SinInvalid": {
        "en": "A SIN has 9 digits and must pass the check-digit test.",
        "fr": "Un NAS compte 9 chiffres et doit réussir la vérification du chiffre de contrôle.",
    },
    "SinNotAllowed": {
        "en": "A SIN can only be entered on accounts based in Québec.",
        "fr": "Le NAS ne peut être saisi que pour les comptes situés au Québec.",
    },
    "PhoneInvalid": {
        "en": "This is not a valid phone number.",
        "fr": "Ce numéro de téléphone n'est pas valide.",
    },
    "EmailInvalid": {
        "en": "This is not a valid email address.",
        "fr": "Cette adresse courriel n'est pas valide.",
    },
    "PostalCodeInvalid": {
        "en": "A Canadian postal code looks like H2X 1Y4.",
        "fr": "Un code postal canadien a la forme H2X 1Y4.",
    },
    "DateOfBirthLocked": {
        "en": "The date of birth can be entered only once. Contact the organization to correct it.",
        "fr": "La date de naissance ne peut être saisie qu'une fois. "
        "Communiquez avec l'organisation pour la corriger.",
    },
    "DateOfBirthInvalid": {
        "en": "The date of birth cannot be in the future or before 1900.",
        "fr": "La date de naissance ne peut pas être dans le futur ni avant 1900.",
    },
    "ChildAddress": {
        "en": "A child has no address of their own: children share the account holder's address.",
        "fr": "Un enfant n'a pas d'adresse propre : il partage celle du titulaire du compte.",
    },
    "ChildHolder": {
        "en": "A child cannot be the account holder.",
        "fr": "Un enfant ne peut pas être titulaire du compte.",
    },
    "PersonCannotBeDeleted": {
        "en": "Persons cannot be deleted or archived. Write to support@amilia.com for duplicates.",
        "fr": "Il est impossible de supprimer ou d'archiver une personne. "
        "Écrivez à support@amilia.com pour les doublons.",
    },
    "Rl24NotWholePercent": {
        "en": "An RL-24 share is a whole percentage from 0 to 100.",
        "fr": "Une part du RL-24 est un pourcentage entier de 0 à 100.",
    },
    "Rl24NotGuardian": {
        "en": "Only a legal guardian can receive an RL-24 share.",
        "fr": "Seul un tuteur légal peut recevoir une part du RL-24.",
    },
    "Rl24SumNot100": {
        "en": "RL-24 shares must add up to 100% (now {total}%).",
        "fr": "Les parts du RL-24 doivent totaliser 100 % (actuellement {total} %).",
    },
    "Rl24NoGuardian": {
        "en": "{child} has no legal guardian to receive the RL-24.",
        "fr": "{child} n'a aucun tuteur légal pour recevoir le RL-24.",
    },
    "Rl24GuardianSinMissing": {
        "en": "The SIN of {guardian} is missing.",
        "fr": "Le NAS de {guardian} est manquant.",
    },
    "Rl24AddressIncomplete": {
        "en": "{guardian} needs a full Québec address.",
        "fr": "{guardian} doit avoir une adresse complète au Québec.",
    },
    "Rl24ChildNameMissing": {
        "en": "The child's first and last names are required.",
        "fr": "Le prénom et le nom de l'enfant sont obligatoires.",
    },
    "RankNotGuardian": {
        "en": "Only a legal guardian can be primary or secondary.",
        "fr": "Seul un tuteur légal peut être principal ou secondaire.",
    },
    "RankTaken": {
        "en": "Another legal guardian of this participant already has this rank.",
        "fr": "Un autre tuteur légal de ce participant a déjà ce rang.",
    },
    "PaymentNotOffered": {
        "en": "This organization does not take online payments here; call {phone} to pay.",
        "fr": "Cette organisation n'accepte pas le paiement en ligne ici; "
        "composez le {phone} pour payer.",
    },
    "PaymentMustBeFull": {
        "en": "This organization requires the full balance: {balance}.",
        "fr": "Cette organisation exige le solde complet : {balance}.",
    },
    "PaymentBelowMinimum": {
        "en": "The minimum payment is {minimum}.",
        "fr": "Le paiement minimum est de {minimum}.",
    },
    "PaymentAboveBalance": {
        "en": "The payment cannot exceed the balance of {balance}.",
        "fr": "Le paiement ne peut dépasser le solde de {balance}.",
    },
    "AmountInvalid": {
        "en": "Enter a positive amount with at most two decimals.",
        "fr": "Entrez un montant positif d'au plus deux décimales.",
    },
    "CardLimitReached": {
        "en": "A wallet holds at most {limit} cards.",
        "fr": "Un portefeuille contient au plus {limit} cartes.",
    },
    "BankAccountLimitReached": {
        "en": "A wallet holds at most {limit} bank accounts.",
        "fr": "Un portefeuille contient au plus {limit} comptes bancaires.",
    },
    "CardNumberInvalid": {
        "en": "This card number is not valid.",
        "fr": "Ce numéro de carte n'est pas valide.",
    },
    "CardExpired": {
        "en": "This card has expired.",
        "fr": "Cette carte est expirée.",
    },
    "PostdatedOnlyMethod": {
        "en": "Only the payment method can be changed. Contact the organization for anything else.",
        "fr": "Seul le mode de paiement peut être modifié. "
        "Communiquez avec l'organisation pour le reste.",
    },
    "PostdatedNotEditable": {
        "en": "A payment that is processing or accepted can no longer be changed.",
        "fr": "Un paiement en traitement ou accepté ne peut plus être modifié.",
    },
    "FormChoiceInvalid": {
        "en": "Choose one of the offered answers.",
        "fr": "Choisissez une des réponses proposées.",
    },
    "FormNumberInvalid": {
        "en": "Enter a number.",
        "fr": "Entrez un nombre.",
    },
    "FormDateInvalid": {
        "en": "Enter a date (YYYY-MM-DD).",
        "fr": "Entrez une date (AAAA-MM-JJ).",
    },
    "FormYesNoInvalid": {
        "en": "Answer yes or no.",
        "fr": "Répondez oui ou non.",
    },
    "FormUnknownField": {
        "en": "This form has no such question.",
        "fr": "Ce formulaire n'a pas cette question.",
    },
    "FormTextInvalid": {
        "en": "Enter text.",
        "fr": "Entrez du texte.",
    },
    # HOME-2: why a quick-access card cannot be removed.
    "QuickAccessBalanceDue": {
        "en": "A balance is due with this organization.",
        "fr": "Un solde est dû à cette organisation.",
    },
    "QuickAccessCartNotEmpty": {
        "en": "Your cart with this organization is not empty.",
        "fr": "Votre panier chez cette organisation n'est pas vide.",
    },
    "QuickAccessUnreadEmails": {
        "en": "You have unread emails from this organization.",
        "fr": "Vous avez des courriels non lus de cette organisation.",
    },
    "QuickAccessUnusedPass": {
        "en": "You have an unused pass with this organization.",
        "fr": "Vous avez un laissez-passer inutilisé chez cette organisation.",
    },
    "QuickAccessFederation": {
        "en": "Federations cannot be removed from quick access.",
        "fr": "Les fédérations ne peuvent pas être retirées de l'accès rapide.",
    },
    # Wire errors of the account API (API.md), raised by the reference server.
    "NotFound": {
        "en": "Not found.",
        "fr": "Introuvable.",
    },
    "Unauthorized": {
        "en": "Sign in again: the session is missing or has expired.",
        "fr": "Reconnectez-vous : la session est absente ou expirée.",
    },
    "BadCredentials": {
        "en": "Wrong username or password.",
        "fr": "Nom d'utilisateur ou mot de passe incorrect.",
    },
    "TooManyAttempts": {
        "en": "Too many attempts. Try again in {seconds} seconds.",
        "fr": "Trop de tentatives. Réessayez dans {seconds} secondes.",
    },
    "Forbidden": {
        "en": "This operation is reserved to organizations.",
        "fr": "Cette opération est réservée aux organisations.",
    },
    "ValidationFailed": {
        "en": "Some fields are not valid.",
        "fr": "Certains champs ne sont pas valides.",
    },
    "InvalidValue": {
        "en": "This value is not valid here.",
        "fr": "Cette valeur n'est pas valide ici.",
    },
    "UnknownField": {
        "en": "This field is not accepted here.",
        "fr": "Ce champ n'est pas accepté ici.",
    },
    "InvalidJson": {
        "en": "The request body is not valid JSON.",
        "fr": "Le corps de la requête n'est pas du JSON valide.",
    },
    "BodyTooLarge": {
        "en": "The request body is larger than {limit} bytes.",
        "fr": "Le corps de la requête dépasse {limit} octets.",
    },
    "MethodNotAllowed": {
        "en": "This method is not allowed here.",
        "fr": "Cette méthode n'est pas permise ici.",
    },
    "PreconditionFailed": {
        "en": "Someone changed this in the meantime; the current version is attached.",
        "fr": "Quelqu'un l'a modifié entre-temps; la version actuelle est jointe.",
    },
    "IdempotencyKeyReused": {
        "en": "This Idempotency-Key was already used for another request.",
        "fr": "Cette clé d'idempotence a déjà servi pour une autre requête.",
    },
    "CursorExpired": {
        "en": "The sync cursor is too old; start again from a full snapshot.",
        "fr": "Le curseur de synchronisation est trop ancien; recommencez par un instantané "
        "complet.",
    },
    "UsernameTaken": {
        "en": "This username is already used by another account.",
        "fr": "Ce nom d'utilisateur est déjà utilisé par un autre compte.",
    },
    "ConfirmationCodeInvalid": {
        "en": "This confirmation code is not valid or has expired.",
        "fr": "Ce code de confirmation n'est pas valide ou est expiré.",
    },
    "NoUsernameChangePending": {
        "en": "Ask for a username change first.",
        "fr": "Demandez d'abord un changement de nom d'utilisateur.",
    },
    "PasswordIncorrect": {
        "en": "The current password is not correct.",
        "fr": "Le mot de passe actuel n'est pas correct.",
    },
    "PasswordTooWeak": {
        "en": "A password has at least {minimum} characters.",
        "fr": "Un mot de passe compte au moins {minimum} caractères.",
    },
    "CardDeclined": {
        "en": "The card was declined. Use another payment method.",
        "fr": "La carte a été refusée. Utilisez un autre mode de paiement.",
    },
    "PaymentMethodUnknown": {
        "en": "This payment method is not in your wallet.",
        "fr": "Ce mode de paiement n'est pas dans votre portefeuille.",
    },
    "PaymentMethodKindChange": {
        "en": "A card can only be replaced by a card, a bank account by a bank account.",
        "fr": "Une carte se remplace par une carte, un compte bancaire par un compte bancaire.",
    },
    "BankAccountInvalid": {
        "en": "Enter the institution (3 digits), transit (5 digits) and account (7 to 12 digits)"
        " numbers.",
        "fr": "Entrez les numéros d'institution (3 chiffres), de transit (5 chiffres) et de "
        "compte (7 à 12 chiffres).",
    },
    "QuickAccessNotRemovable": {
        "en": "This card cannot be removed: {reasons}",
        "fr": "Cette carte ne peut pas être retirée : {reasons}",
    },
    "OrganizationUnknown": {
        "en": "This organization is not one of yours.",
        "fr": "Cette organisation ne fait pas partie des vôtres.",
    },
    "PersonUnknown": {
        "en": "This person is not a member of your account.",
        "fr": "Cette personne n'est pas membre de votre compte.",
    },
    "ContactNotOfPerson": {
        "en": "This contact does not belong to this participant.",
        "fr": "Ce contact n'appartient pas à ce participant.",
    },
    # Sync, as the client reports it.
    "Offline": {
        "en": "The platform cannot be reached. Your changes are kept and will be sent later.",
        "fr": "La plateforme est injoignable. Vos modifications sont conservées et seront "
        "envoyées plus tard.",
    },
    "ServerUnavailable": {
        "en": "The platform is not answering properly right now. Carnet will try again.",
        "fr": "La plateforme ne répond pas correctement pour le moment. Carnet réessaiera.",
    },
    "NeedsPlatform": {
        "en": "This needs the platform, which cannot be reached now. Nothing was sent; try "
        "again once online.",
        "fr": "Il faut joindre la plateforme, injoignable pour le moment. Rien n'a été envoyé; "
        "réessayez une fois en ligne.",
    },
    "SignInAgain": {
        "en": "Sign in again to sync (your changes are kept).",
        "fr": "Reconnectez-vous pour synchroniser (vos modifications sont conservées).",
    },
    "SyncStopped": {
        "en": "The sync stopped unexpectedly. Your changes are kept; press F5 to sync again.",
        "fr": "La synchronisation s'est arrêtée de façon inattendue. Vos modifications sont "
        "conservées; appuyez sur F5 pour synchroniser de nouveau.",
    },
    "ForeignLink": {
        "en": "The platform sent a link to another server. Carnet did not follow it, so your "
        "sign-in stays with your platform; the sync stopped. Your changes are kept.",
        "fr": "La plateforme a envoyé un lien vers un autre serveur. Carnet ne l'a pas suivi : "
        "votre connexion reste auprès de votre plateforme; la synchronisation s'est arrêtée. "
        "Vos modifications sont conservées.",
    },
    "TooManyAttemptsUntil": {
        "en": "Too many failed attempts: the platform refuses new ones until {time} (in about "
        "{minutes} min). Nothing else is affected.",
        "fr": "Trop de tentatives infructueuses : la plateforme refuse les nouvelles jusqu'à "
        "{time} (dans environ {minutes} min). Rien d'autre n'est touché.",
    },
    "ServerUrlInvalid": {
        "en": "This is not a server address Carnet can use: give it as https://name.of.server.",
        "fr": "Carnet ne peut pas utiliser cette adresse de serveur : donnez-la sous la forme "
        "https://nom.du.serveur.",
    },
    "ServerUrlUserinfo": {
        "en": "A server address may not hold a name or password (before an @): they would "
        "travel in clear, to another server than it seems.",
        "fr": "Une adresse de serveur ne peut pas contenir de nom ni de mot de passe (avant un "
        "@) : ils voyageraient en clair, vers un autre serveur qu'il n'y paraît.",
    },
    "ServerUrlNotHttps": {
        "en": "The server's address must start with https:// (plain http only on this "
        "computer: localhost, 127.0.0.1, ::1), or your password would travel in clear.",
        "fr": "L'adresse du serveur doit commencer par https:// (http simple seulement sur cet "
        "ordinateur : localhost, 127.0.0.1, ::1), sinon votre mot de passe voyagerait en clair.",
    },
    "ServerDataInvalid": {
        "en": "The platform sent data Carnet does not understand; nothing was changed.",
        "fr": "La plateforme a envoyé des données que Carnet ne comprend pas; rien n'a été "
        "modifié.",
    },
    "InternalError": {
        "en": "The server failed. Try again later.",
        "fr": "Le serveur a échoué. Réessayez plus tard.",
    },
}


def plain_money(amount: Decimal, lang: str = "en") -> str:
    """An amount as fr-CA and en-CA write it (1 234,50 $, $1,234.50), where there is no Qt
    (the reference server); the window formats through QLocale instead."""
    digits = f"{abs(amount):,.2f}"
    space = "\N{NO-BREAK SPACE}"
    text = (digits.replace(",", space).replace(".", ",") + space + "$" if lang == "fr"
            else "$" + digits)
    return "-" + text if amount < 0 else text


def message(code: str, lang: str = "en", money_format: MoneyFormat | None = None,
            **params: Any) -> str:
    """The text of a violation code in `lang` (fr or en), English for an unknown language.

    Decimal parameters are amounts of money, written by `money_format` (the caller's
    locale-aware formatter) or else by `plain_money` in `lang`."""
    texts = MESSAGES.get(code)
    if texts is None:
        return code
    template = texts.get(lang) or texts["en"]
    if not params:
        return template
    if any(isinstance(value, Decimal) for value in params.values()):
        written = money_format or (lambda amount: plain_money(amount, lang))
        params = {key: written(value) if isinstance(value, Decimal) else value
                  for key, value in params.items()}
    return template.format(**params)
