export declare const MAX_UPLOAD_BYTES: number;
export declare const PROXY_BODY_LIMIT_BYTES: number;
