export function zip(entries: Array<{ name: string; data: Buffer }>): Buffer;
export function unzip(buffer: Buffer): Map<string, Buffer>;
