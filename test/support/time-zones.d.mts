export declare const TIME_ZONES: ReadonlyArray<{ zone: string; february: string }>;
