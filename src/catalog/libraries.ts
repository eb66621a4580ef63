/**
 * What well-known libraries add to a model schema at run time, as data: one entry per library, so
 * teaching ormlint a library is one entry and a test, not code in a frontend. ormlint never imports
 * these libraries; the entries say what their classes and functions are known to do.
 */

/** A class models derive from: `no-columns` adds none; `open` adds columns ormlint does not list. */
export type MixinEffect = 'no-columns' | 'open';

export interface LibraryEntry {
  /** The distribution name users install. */
  library: string;
  /** Qualified class names (as imported) → what deriving from them does to a model's columns. */
  mixins?: Record<string, MixinEffect>;
  /**
   * Functions that, called at module level on a metadata, add a GIN index `<table>_<column>_idx`
   * on every column of the given type (SQLAlchemy-Searchable's `make_searchable`). Matched by the
   * function's own name too, because projects vendor the library (dispatch.search.fulltext).
   */
  runtimeIndexes?: { function: string; onColumnType: string }[];
  /** Type classes by name within `package` → their Postgres type (see sqlalchemyTypes.ts). */
  types?: { package: string; classes: Record<string, LibraryType> };
}

export interface LibraryType {
  base: string;
  length?: number;
  lengthKeyword?: string;
  lengthPosition?: number;
  /** `native=False` stores the value another way, which ormlint does not evaluate. */
  native?: false;
}

export const LIBRARIES: readonly LibraryEntry[] = [
  {
    library: 'Flask-Login',
    mixins: { 'flask_login.UserMixin': 'no-columns', 'flask_login.mixins.UserMixin': 'no-columns', 'flask_login.AnonymousUserMixin': 'no-columns' },
  },
  {
    library: 'Flask-Security',
    mixins: {
      'flask_security.UserMixin': 'no-columns',
      'flask_security.RoleMixin': 'no-columns',
      'flask_security.WebAuthnMixin': 'no-columns',
      'flask_security.models.fsqla.FsUserMixin': 'open',
      'flask_security.models.fsqla.FsRoleMixin': 'open',
      'flask_security.models.fsqla_v2.FsUserMixin': 'open',
      'flask_security.models.fsqla_v2.FsRoleMixin': 'open',
      'flask_security.models.fsqla_v3.FsUserMixin': 'open',
      'flask_security.models.fsqla_v3.FsRoleMixin': 'open',
    },
  },
  {
    // The OAuth2 mixins' columns differ between authlib versions (acr / amr arrived in 1.x).
    library: 'Authlib',
    mixins: {
      'authlib.integrations.sqla_oauth2.OAuth2ClientMixin': 'open',
      'authlib.integrations.sqla_oauth2.OAuth2AuthorizationCodeMixin': 'open',
      'authlib.integrations.sqla_oauth2.OAuth2TokenMixin': 'open',
      'authlib.integrations.sqla_oauth2.client_mixin.OAuth2ClientMixin': 'open',
      'authlib.integrations.sqla_oauth2.tokens_mixins.OAuth2AuthorizationCodeMixin': 'open',
      'authlib.integrations.sqla_oauth2.tokens_mixins.OAuth2TokenMixin': 'open',
      'authlib.oauth2.rfc6749.ClientMixin': 'no-columns',
      'authlib.oauth2.rfc6749.AuthorizationCodeMixin': 'no-columns',
      'authlib.oauth2.rfc6749.TokenMixin': 'no-columns',
    },
  },
  {
    library: 'fastapi-users-db-sqlalchemy',
    mixins: {
      'fastapi_users_db_sqlalchemy.SQLAlchemyBaseUserTable': 'open',
      'fastapi_users_db_sqlalchemy.SQLAlchemyBaseUserTableUUID': 'open',
      'fastapi_users_db_sqlalchemy.SQLAlchemyBaseOAuthAccountTable': 'open',
      'fastapi_users_db_sqlalchemy.SQLAlchemyBaseOAuthAccountTableUUID': 'open',
      'fastapi_users_db_sqlalchemy.access_token.SQLAlchemyBaseAccessTokenTable': 'open',
      'fastapi_users_db_sqlalchemy.access_token.SQLAlchemyBaseAccessTokenTableUUID': 'open',
    },
  },
  {
    library: 'SQLAlchemy-serializer',
    mixins: { 'sqlalchemy_serializer.SerializerMixin': 'no-columns' },
  },
  {
    library: 'sqlalchemy-mixins',
    mixins: {
      'sqlalchemy_mixins.AllFeaturesMixin': 'no-columns',
      'sqlalchemy_mixins.ActiveRecordMixin': 'no-columns',
      'sqlalchemy_mixins.SmartQueryMixin': 'no-columns',
      'sqlalchemy_mixins.ReprMixin': 'no-columns',
      'sqlalchemy_mixins.SerializeMixin': 'no-columns',
      'sqlalchemy_mixins.TimestampsMixin': 'open',
    },
  },
  {
    library: 'SQLAlchemy-Utils',
    mixins: { 'sqlalchemy_utils.Timestamp': 'open', 'sqlalchemy_utils.models.Timestamp': 'open', 'sqlalchemy_utils.generic_repr': 'no-columns' },
    // Their `impl`, or what `load_dialect_impl` picks on PostgreSQL.
    types: {
      package: 'sqlalchemy_utils',
      classes: {
        EmailType: { base: 'varchar', length: 255, lengthKeyword: 'length' },
        URLType: { base: 'text' },
        ScalarListType: { base: 'text' },
        UUIDType: { base: 'uuid', native: false },
        TSVectorType: { base: 'tsvector' },
        // load_dialect_impl: postgresql.JSON on PostgreSQL.
        JSONType: { base: 'json' },
        IPAddressType: { base: 'varchar', length: 50, lengthKeyword: 'max_length' },
        ColorType: { base: 'varchar', length: 20, lengthKeyword: 'max_length' },
        PhoneNumberType: { base: 'varchar', length: 20, lengthKeyword: 'max_length', lengthPosition: 1 },
        CountryType: { base: 'varchar', length: 2 },
        CurrencyType: { base: 'varchar', length: 3 },
        LocaleType: { base: 'varchar', length: 10 },
        TimezoneType: { base: 'varchar', length: 50 },
        // The ciphertext is stored in a String (its impl); `length=` passes on to it.
        StringEncryptedType: { base: 'varchar', lengthKeyword: 'length' },
        EncryptedType: { base: 'varchar', lengthKeyword: 'length' },
      },
    },
  },
  {
    library: 'sqlalchemy-citext',
    types: { package: 'citext', classes: { CIText: { base: 'citext' } } },
  },
  {
    library: 'SQLAlchemy-Searchable',
    runtimeIndexes: [{ function: 'make_searchable', onColumnType: 'tsvector' }],
  },
];

/**
 * Packages none of whose classes add columns to a model that derives from them: the ORM's own
 * bases and the standard library's and pydantic's (Generic, ABC, Enum, BaseModel, ...).
 */
const NO_COLUMN_PACKAGES: readonly string[] = ['sqlalchemy', 'flask_sqlalchemy', 'sqlmodel', 'typing', 'typing_extensions', 'abc', 'builtins', 'enum', 'collections', 'dataclasses', 'pydantic'];

/** What deriving from an external class does, or undefined when no catalog entry knows it. */
export function mixinEffect(qualified: string): { effect: MixinEffect; library: string } | undefined {
  const top = qualified.slice(0, qualified.indexOf('.') === -1 ? qualified.length : qualified.indexOf('.'));
  if (NO_COLUMN_PACKAGES.includes(top)) return { effect: 'no-columns', library: top };
  for (const entry of LIBRARIES) {
    const effect = entry.mixins?.[qualified];
    if (effect) return { effect, library: entry.library };
  }
  return undefined;
}

/** The runtime index a module-level call adds, by the called function's last name. */
export function runtimeIndexFor(functionName: string): { onColumnType: string; library: string } | undefined {
  for (const entry of LIBRARIES) {
    const found = entry.runtimeIndexes?.find((r) => r.function === functionName);
    if (found) return { onColumnType: found.onColumnType, library: entry.library };
  }
  return undefined;
}

/** A library type class by its package and class name. */
export function libraryType(qualified: string): LibraryType | undefined {
  for (const entry of LIBRARIES) {
    if (!entry.types || !qualified.startsWith(`${entry.types.package}.`)) continue;
    const className = qualified.slice(qualified.lastIndexOf('.') + 1);
    const found = entry.types.classes[className];
    if (found) return found;
  }
  return undefined;
}
