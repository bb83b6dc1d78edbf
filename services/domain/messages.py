"""French and English texts of every rule violation, shared by the client and the server.

Kept in pure Python (no Qt) so the reference server can answer in the caller's language.
"""

from __future__ import annotations

from typing import Any

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
}


def message(code: str, lang: str = "en", **params: Any) -> str:
    """The text of a violation code in `lang` (fr or en), English for an unknown language."""
    texts = MESSAGES.get(code)
    if texts is None:
        return code
    template = texts.get(lang) or texts["en"]
    return template.format(**params) if params else template
