// BriefingGenerator: placeholder until the module lands; replace this file.
